package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Links gathered hop by hop, each once: the same link met from both of its ends is one link, and the links of
 * records merged into one person, drawn from the survivor, are folded into the survivor's own link of the same
 * type to the same node, with the sources of both.
 */
final class LinkSet {

    private final Map<String, Link> links = new LinkedHashMap<>();

    void add(Link link) {
        String key = link.inferred() ? link.id() : link.source() + ">" + link.type() + ">" + link.target();
        links.merge(key, link, LinkSet::fold);
    }

    List<Link> all() {
        return new ArrayList<>(links.values());
    }

    private static Link fold(Link a, Link b) {
        if (a.id().equals(b.id())) {
            return a;
        }
        LinkedHashSet<String> sources = new LinkedHashSet<>(a.sources());
        sources.addAll(b.sources());
        LinkedHashSet<String> agencies = new LinkedHashSet<>(a.agencyCodes());
        agencies.addAll(b.agencyCodes());
        Map<String, Link.Provenance> provenance = new LinkedHashMap<>();
        a.provenance().forEach(p -> provenance.put(p.submissionId(), p));
        b.provenance().forEach(p -> provenance.putIfAbsent(p.submissionId(), p));
        return new Link(a.id(), a.source(), a.target(), a.type(), agencies.size(), List.copyOf(agencies), List.copyOf(sources),
                min(a, b), max(a, b), a.grading(), a.inferred(), a.role(), a.kind(), List.copyOf(provenance.values()), a.incidents());
    }

    private static java.time.OffsetDateTime min(Link a, Link b) {
        if (a.firstReported() == null || b.firstReported() == null) {
            return a.firstReported() == null ? b.firstReported() : a.firstReported();
        }
        return a.firstReported().isBefore(b.firstReported()) ? a.firstReported() : b.firstReported();
    }

    private static java.time.OffsetDateTime max(Link a, Link b) {
        if (a.lastReported() == null || b.lastReported() == null) {
            return a.lastReported() == null ? b.lastReported() : a.lastReported();
        }
        return a.lastReported().isAfter(b.lastReported()) ? a.lastReported() : b.lastReported();
    }
}
