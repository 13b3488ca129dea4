package org.linkmap.service.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Reads the links of a set of nodes in one query, one hop: the step every expansion, path search and analysis
 * is made of; the provenance of all of them is then read in one more (from cache, mostly). Links are returned as
 * {@link Link}s with their provenance, already folded onto survivors of merges; the reported links are then
 * filtered, and inferred co-location links added, by the caller's filter. A path search that needs only to know
 * where links lead reads {@link #steps} instead.
 */
@Component
class LinkReader {

    private final CoLocation coLocation;
    private final NetworkAccess access;
    private final Submissions submissions;

    LinkReader(CoLocation coLocation, NetworkAccess access, Submissions submissions) {
        this.coLocation = coLocation;
        this.access = access;
        this.submissions = submissions;
    }

    /**
     * The links of {@code frontier} in the reader's view, as the reader's sources describe them, that the filter
     * keeps; and, marked restricted, the links out of view to nodes the reader may not open, when no filter asks
     * about the facts of links (see {@link NetworkFilter#keepsUnseen()}).
     */
    List<LinkRow> links(Graph.Tx tx, Collection<String> frontier, NetworkFilter filter) {
        return links(tx, frontier, null, filter);
    }

    /** As {@link #links(Graph.Tx, Collection, NetworkFilter)}, only those whose far end is one of {@code known} (all when null). */
    List<LinkRow> links(Graph.Tx tx, Collection<String> frontier, Collection<String> known, NetworkFilter filter) {
        if (frontier.isEmpty()) {
            return List.of();
        }
        List<LinkRow> raw = new ArrayList<>(known == null
                ? tx.list("network/expand-links", Map.of("frontier", List.copyOf(frontier), "types", filter.typeNames()), LinkReader::row)
                : tx.list("network/expand-links-among", Map.of("frontier", List.copyOf(frontier), "types", filter.typeNames(),
                        "known", List.copyOf(known)), LinkReader::row));
        Set<String> cited = new HashSet<>();
        raw.forEach(row -> cited.addAll(row.link().sources()));
        Map<String, Link.Provenance> provenance = submissions.of(tx, cited);
        if (filter.inferred()) {
            Set<String> wanted = known == null ? null : new HashSet<>(known);
            coLocation.links(tx, frontier, filter).stream().filter(row -> wanted == null || wanted.contains(row.far().id())).forEach(raw::add);
        }
        List<LinkRow> rows = new ArrayList<>(raw.size());
        for (LinkRow row : raw) {
            if (!filter.admits(row.far())) {
                continue;
            }
            Link link = row.link().inferred() ? row.link()
                    : row.link().withProvenance(Submissions.provenance(row.link().sources(), provenance));
            if (access.sees(link)) {
                Link seen = access.view(link);
                if (filter.keeps(seen)) {
                    rows.add(new LinkRow(row.nearId(), row.far(), seen));
                }
            } else if (!link.inferred() && !access.expands(row.far()) && filter.keepsUnseen()) {
                rows.add(new LinkRow(row.nearId(), row.far(), Link.restricted(link), true));
            }
        }
        return rows;
    }

    /**
     * A step a search may take: from a frontier node, along a link of {@code type}, to the node at its other end.
     * Of that node, only what decides whether the reader may go on from it is certain to be there.
     */
    record Step(String nearId, NodeSummary far, String type) {
    }

    /**
     * Where the links of {@code frontier} lead (into {@code only}, when not null), as {@link #links} would follow
     * them: in the reader's view, kept by the filter, never restricted. When the filter asks nothing of the links
     * but their type, the links themselves are not read, only where they go and, for a reader who does not see
     * everything, their sources.
     */
    List<Step> steps(Graph.Tx tx, Collection<String> frontier, Collection<String> only, NetworkFilter filter) {
        if (filter.readsLinkFacts()) {
            return links(tx, frontier, only, filter).stream().filter(row -> !row.restricted())
                    .map(row -> new Step(row.nearId(), row.far(), row.link().type())).toList();
        }
        if (frontier.isEmpty()) {
            return List.of();
        }
        boolean scoped = !access.seesEverything();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("frontier", List.copyOf(frontier));
        parameters.put("types", filter.typeNames());
        parameters.put("only", only == null ? null : List.copyOf(only));
        parameters.put("labels", filter.kindLabels());
        parameters.put("ends", List.copyOf(filter.ends()));
        parameters.put("scoped", scoped);
        List<Step> steps = new ArrayList<>();
        tx.list("network/expand-steps", parameters, r -> r).forEach(r -> {
            if (!scoped || access.seesLinkFrom(r.get("sources").asList(Value::asString, List.of()))) {
                Map<String, Object> far = scoped ? r.get("farProperties").asMap() : Map.of();
                steps.add(new Step(r.get("nearId").asString(), NodeSummary.from(r.get("farId").asString(), List.of(), far),
                        r.get("type").asString()));
            }
        });
        return steps;
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
                r.get("role").asString(null), r.get("kind").asString(null), List.of(), List.of());
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
