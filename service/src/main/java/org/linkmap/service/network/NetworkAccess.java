package org.linkmap.service.network;

import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.springframework.stereotype.Component;

/**
 * The one place where network work asks the need-to-know policy what the reader may see, so every traversal,
 * count, measure and export is computed over the reader's view: a link is followed only when one of its source
 * submissions is in view, and then only as its in-view sources describe it (their agencies, dates and grading);
 * a node with no fact in view is a placeholder and is never expanded.
 */
@Component
class NetworkAccess {

    private static final Comparator<Link.Provenance> BEST = Comparator.comparingInt(Link.Provenance::source)
            .thenComparing(Link.Provenance::intelligence);

    private final Disclosure disclosure;

    NetworkAccess(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** Whether the link is in the reader's view, and may therefore be followed, counted and shown. */
    boolean sees(Link link) {
        return seesLinkFrom(link.sources());
    }

    /** Whether a link asserted by these submissions is in the reader's view: {@link #sees(Link)} before the link is read. */
    boolean seesLinkFrom(List<String> sources) {
        return disclosure.seesLink(sources);
    }

    /** Whether the reader sees every fact, so that no node or link needs its sources read to decide. */
    boolean seesEverything() {
        return disclosure.seesEverything();
    }

    /** Whether every one of these groups of sources has one in view: an inference is in view only when all it rests on is. */
    boolean seesAll(List<List<String>> legs) {
        return legs.stream().allMatch(disclosure::seesLink);
    }

    /**
     * The link as its in-view sources describe it: those sources, their distinct agencies, first and last report
     * and best grading. For a reader who sees everything, the link as stored.
     */
    Link view(Link link) {
        if (disclosure.seesEverything()) {
            return link;
        }
        List<String> sources = disclosure.visibleSources(link.sources());
        Set<String> visible = new HashSet<>(sources);
        List<Link.Provenance> provenance = link.provenance().stream().filter(p -> visible.contains(p.submissionId())).toList();
        List<String> agencies = List.copyOf(disclosure.agenciesOf(link.sources()));
        OffsetDateTime first = provenance.stream().map(Link.Provenance::reported).min(Comparator.naturalOrder()).orElse(null);
        OffsetDateTime last = provenance.stream().map(Link.Provenance::reported).max(Comparator.naturalOrder()).orElse(null);
        Link.Grading grading = provenance.stream().min(BEST).map(best -> new Link.Grading(best.source(), best.intelligence(),
                provenance.stream().anyMatch(p -> "C".equals(p.handling())) ? "C" : "P",
                disclosure.conditionsOf(sources))).orElse(link.grading());
        return new Link(link.id(), link.source(), link.target(), link.type(), agencies.size(), agencies, sources,
                first == null ? link.firstReported() : first, last == null ? link.lastReported() : last, grading, link.inferred(),
                link.role(), link.kind(), provenance, link.incidents());
    }

    /** Whether the reader may go on from this node: some fact naming it is in the reader's view. */
    boolean expands(NodeSummary node) {
        return disclosure.inScope(node);
    }

    /** 403 naming the holder for a node the reader may not open. */
    void checkCanOpen(NodeSummary node) {
        disclosure.checkCanOpen(node);
    }

    /** The node as the reader may see it: a pseudonym for a child, a placeholder for a node held elsewhere. */
    NodeSummary show(NodeSummary node) {
        return disclosure.show(node);
    }

    /** Every string in a file leaving the service: JSON is redacted centrally, other formats pass through here. */
    String text(String freeText) {
        return disclosure.text(freeText);
    }
}
