package org.linkmap.service.network;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Inferred co-location: two people involved in incidents within {@code coLocationMetres} of each other (or at
 * the same named location, whatever their points) and within {@code coLocationHours}. Each pair of people gets
 * one {@code CO_LOCATED} link, {@code inferred: true}, listing the incidents behind it. It is computed when asked
 * for and never stored: it is an inference, not something an agency reported. Its provenance is that of the
 * involvements it rests on; its grading is the weaker of the two sides' best (an inference is as good as its
 * weaker leg), and it was first reported when both involvements had been. A pair is inferred for a reader only
 * when both involvements are in the reader's view.
 */
@Component
class CoLocation {

    private final NetworkAccess access;

    CoLocation(NetworkAccess access) {
        this.access = access;
    }

    List<LinkRow> links(Graph.Tx tx, Collection<String> frontier, NetworkFilter filter) {
        List<Record> records = tx.list("network/find-co-located", Map.of("frontier", List.copyOf(frontier),
                "metres", filter.coLocationMetres(), "hours", (long) Math.ceil(filter.coLocationHours())), r -> r);
        Map<String, List<Record>> byPair = new LinkedHashMap<>();
        for (Record r : records) {
            boolean inView = access.seesAll(List.of(r.get("mineSources").asList(Value::asString, List.of()),
                    r.get("theirSources").asList(Value::asString, List.of())));
            if (inView && withinHours(r, filter.coLocationHours())) {
                byPair.computeIfAbsent(r.get("nearId").asString() + "|" + r.get("farId").asString(), k -> new ArrayList<>()).add(r);
            }
        }
        return byPair.values().stream().map(CoLocation::fold).toList();
    }

    /** The query widens a fractional window to whole hours; this keeps the exact one. */
    private static boolean withinHours(Record r, double hours) {
        OffsetDateTime a = LinkReader.time(r.get("occurredAt"));
        OffsetDateTime b = LinkReader.time(r.get("otherOccurredAt"));
        return a != null && b != null && Math.abs(java.time.Duration.between(a, b).toMillis()) <= hours * 3_600_000;
    }

    private static LinkRow fold(List<Record> rows) {
        Record first = rows.get(0);
        String near = first.get("nearId").asString();
        String far = first.get("farId").asString();
        String source = near.compareTo(far) < 0 ? near : far;
        String target = source.equals(near) ? far : near;
        Map<String, Link.IncidentRef> incidents = new java.util.TreeMap<>();
        Set<String> sources = new LinkedHashSet<>();
        Map<String, Link.Provenance> provenance = new LinkedHashMap<>();
        OffsetDateTime firstReported = null;
        OffsetDateTime lastReported = null;
        Link.Grading grading = null;
        Set<String> conditions = new TreeSet<>();
        for (Record r : rows) {
            incidents.put(r.get("incidentId").asString(), incident(r, "incidentId", "incidentType", "occurredAt"));
            incidents.put(r.get("otherIncidentId").asString(), incident(r, "otherIncidentId", "otherIncidentType", "otherOccurredAt"));
            sources.addAll(r.get("mineSources").asList(Value::asString, List.of()));
            sources.addAll(r.get("theirSources").asList(Value::asString, List.of()));
            LinkReader.provenance(r.get("provenance")).forEach(p -> provenance.putIfAbsent(p.submissionId(), p));
            OffsetDateTime reported = later(LinkReader.time(r.get("mineFirst")), LinkReader.time(r.get("theirFirst")));
            firstReported = earlier(firstReported, reported);
            lastReported = later(lastReported, later(LinkReader.time(r.get("mineLast")), LinkReader.time(r.get("theirLast"))));
            grading = stronger(grading, weaker(r));
            conditions.addAll(r.get("conditions").asList(Value::asString, List.of()));
        }
        List<String> agencies = provenance.values().stream().map(Link.Provenance::agency).filter(a -> a != null).distinct().sorted().toList();
        Link.Grading shown = grading == null ? null : new Link.Grading(grading.source(), grading.intelligence(), grading.handling(),
                List.copyOf(conditions));
        String id = UUID.nameUUIDFromBytes((Link.CO_LOCATED + "|" + source + "|" + target).getBytes()).toString();
        Link link = new Link(id, source, target, Link.CO_LOCATED, agencies.size(), agencies, List.copyOf(sources), firstReported,
                lastReported, shown, true, null, null, List.copyOf(provenance.values()), List.copyOf(incidents.values()));
        return new LinkRow(near, NodeSummary.from(first.get("farId"), first.get("farLabels"), first.get("farProperties")), link);
    }

    private static Link.IncidentRef incident(Record r, String id, String type, String at) {
        return new Link.IncidentRef(r.get(id).asString(), r.get(type).asString(null), LinkReader.time(r.get(at)));
    }

    /** The weaker of the two involvements' gradings, and C if either side set conditions. */
    private static Link.Grading weaker(Record r) {
        List<Value> sources = r.get("sourceGrades").asList(v -> v);
        List<Value> intelligence = r.get("intelligenceGrades").asList(v -> v);
        List<String> handling = r.get("handlings").asList(v -> v.asString("P"));
        Link.Grading worst = null;
        for (int i = 0; i < sources.size(); i++) {
            Link.Grading g = new Link.Grading(sources.get(i).isNull() ? 3 : sources.get(i).asInt(),
                    intelligence.get(i).isNull() ? "E" : intelligence.get(i).asString(), "P", List.of());
            worst = worst == null || ORDER.compare(g, worst) > 0 ? g : worst;
        }
        String code = handling.contains("C") ? "C" : "P";
        return new Link.Grading(worst.source(), worst.intelligence(), code, List.of());
    }

    private static Link.Grading stronger(Link.Grading a, Link.Grading b) {
        if (a == null) {
            return b;
        }
        Link.Grading best = ORDER.compare(a, b) <= 0 ? a : b;
        String code = "C".equals(a.handling()) || "C".equals(b.handling()) ? "C" : "P";
        return new Link.Grading(best.source(), best.intelligence(), code, List.of());
    }

    /** Better grading first: more reliable source, then more direct intelligence. */
    private static final Comparator<Link.Grading> ORDER = Comparator.comparingInt(Link.Grading::source)
            .thenComparing(Link.Grading::intelligence);

    private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static OffsetDateTime later(OffsetDateTime a, OffsetDateTime b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
