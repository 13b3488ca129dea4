package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.neo4j.ReadOnce;
import org.springframework.stereotype.Component;

/**
 * Who made each submission, when, and how it graded what it said: the provenance of every link it asserts. A
 * submission never changes once written, so each is read once and kept (the cache is bounded and simply starts
 * again when full). Reading them here, once per request for all the links at hand, replaced a lookup per link
 * inside the expansion query, which read the same few thousand submissions again for every link citing them.
 */
@Component
class Submissions {

    private final ReadOnce<Link.Provenance> read = new ReadOnce<>(200_000);

    /** The provenance of each of these submissions that exists, by id. */
    Map<String, Link.Provenance> of(Graph.Tx tx, Collection<String> ids) {
        return read.of(ids, missing -> tx.list("network/find-submissions", Map.of("ids", missing),
                r -> new Link.Provenance(r.get("submissionId").asString(), r.get("agency").asString(null),
                        LinkReader.time(r.get("reported")), r.get("source").asInt(3), r.get("intelligence").asString("E"),
                        r.get("handling").asString("P"))).stream()
                .collect(Collectors.toMap(Link.Provenance::submissionId, p -> p)));
    }

    /** A link's provenance: its submissions that exist, in the order it lists them. */
    static List<Link.Provenance> provenance(List<String> sources, Map<String, Link.Provenance> known) {
        List<Link.Provenance> provenance = new ArrayList<>(sources.size());
        for (String id : sources) {
            Link.Provenance p = known.get(id);
            if (p != null) {
                provenance.add(p);
            }
        }
        return provenance;
    }
}
