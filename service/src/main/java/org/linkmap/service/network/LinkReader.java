package org.linkmap.service.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the links of a set of nodes in one query, one hop: the step every expansion, path search and analysis
 * is made of. Links are returned as {@link Link}s with their provenance, already folded onto survivors of
 * merges; the reported links are then filtered, and inferred co-location links added, by the caller's filter.
 */
@Component
class LinkReader {

    private final CoLocation coLocation;

    LinkReader(CoLocation coLocation) {
        this.coLocation = coLocation;
    }

    /** The links of {@code frontier} the filter keeps (and the reader may follow is for the caller to say). */
    List<LinkRow> links(Graph.Tx tx, Collection<String> frontier, NetworkFilter filter) {
        if (frontier.isEmpty()) {
            return List.of();
        }
        List<LinkRow> rows = new ArrayList<>(tx.list("network/expand-links",
                Map.of("frontier", List.copyOf(frontier), "types", filter.typeNames()), LinkReader::row));
        if (filter.inferred()) {
            rows.addAll(coLocation.links(tx, frontier, filter));
        }
        rows.removeIf(row -> !filter.keeps(row.link()) || !filter.admits(row.far().kind()));
        return rows;
    }

    private static LinkRow row(Record r) {
        String near = r.get("nearId").asString();
        String far = r.get("farId").asString();
        boolean outgoing = r.get("outgoing").asBoolean();
        String source = outgoing ? near : far;
        String target = outgoing ? far : near;
        String type = r.get("type").asString();
        String id = r.get("id").isNull() ? UUID.nameUUIDFromBytes((source + ">" + type + ">" + target).getBytes()).toString()
                : r.get("id").asString();
        List<String> agencyCodes = r.get("agencies").asList(Value::asString, List.of());
        Link.Grading grading = r.get("source").isNull() ? null : new Link.Grading(r.get("source").asInt(),
                r.get("intelligence").asString(), r.get("handling").asString("P"), r.get("conditions").asList(Value::asString, List.of()));
        Link link = new Link(id, source, target, type, agencyCodes.size(), agencyCodes, r.get("sources").asList(Value::asString, List.of()),
                time(r.get("firstReported")), time(r.get("lastReported")), grading, false,
                r.get("role").asString(null), r.get("kind").asString(null), provenance(r.get("provenance")), List.of());
        return new LinkRow(near, NodeSummary.from(r.get("farId"), r.get("farLabels"), r.get("farProperties")), link);
    }

    static List<Link.Provenance> provenance(Value value) {
        return value.asList(p -> new Link.Provenance(p.get("submissionId").asString(), p.get("agency").asString(null),
                time(p.get("reported")), p.get("source").asInt(3), p.get("intelligence").asString("E"), p.get("handling").asString("P")));
    }

    static OffsetDateTime time(Value value) {
        return value == null || value.isNull() ? null : value.asZonedDateTime().toOffsetDateTime();
    }
}
