package org.linkmap.service.mace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Children placed in an area by another authority. Recording a placement opens a notification to the home
 * authority, as the protocol requires; ending the placement closes it.
 */
@Component
class Placements {

    private final Graph graph;
    private final Clock clock;
    private final Disclosure disclosure;

    Placements(Graph graph, Clock clock, Disclosure disclosure) {
        this.graph = graph;
        this.clock = clock;
        this.disclosure = disclosure;
    }

    /** Where and when a child is placed, and by which home authority. */
    record Placement(String id, String area, LocalDate from, LocalDate to, String recordedBy) {
    }

    /** The notification to the home authority: OPEN while the child is placed, CLOSED when the placement ends. */
    record Notification(String homeAuthority, String status, OffsetDateTime notifiedAt, OffsetDateTime closedAt) {
    }

    String create(String childId, String homeAuthority, String area, LocalDate from, LocalDate to, String by) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", UUID.randomUUID().toString());
        p.put("childId", childId);
        p.put("homeAuthority", homeAuthority);
        p.put("area", area);
        p.put("from", from);
        p.put("to", to);
        p.put("by", by);
        p.put("at", OffsetDateTime.now(clock));
        return graph.write(tx -> tx.optional("mace/create-placement", p, r -> r.get("id").asString()).orElseThrow());
    }

    void end(String id, LocalDate to, String by) {
        Map<String, Object> p = Map.of("id", id, "to", to, "by", by, "at", OffsetDateTime.now(clock));
        graph.write(tx -> {
            tx.run("mace/end-placement", p);
            return null;
        });
    }

    Optional<Agenda.PlacedChild> find(String id) {
        return query(id, null, null, null, null).stream().findFirst();
    }

    List<Agenda.PlacedChild> list(String area, List<String> areas, LocalDate since, LocalDate until) {
        return query(null, area, areas, since, until);
    }

    /** Placements in {@code area} at any time from {@code since} to {@code until}. */
    List<Agenda.PlacedChild> placedChildren(String area, LocalDate since, LocalDate until) {
        return query(null, area, null, since, until);
    }

    private List<Agenda.PlacedChild> query(String id, String area, List<String> areas, LocalDate since, LocalDate until) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("area", area);
        p.put("areas", areas);
        p.put("since", since);
        p.put("until", until);
        return graph.read(tx -> tx.list("mace/find-placements", p, this::placed));
    }

    private Agenda.PlacedChild placed(Record r) {
        NodeSummary child = disclosure.show(NodeSummary.from(r.get("childId"), r.get("childLabels"), r.get("childProperties")));
        Placement placement = new Placement(r.get("id").asString(), r.get("area").asString(), r.get("from").asLocalDate(),
                r.get("to").isNull() ? null : r.get("to").asLocalDate(), r.get("recordedBy").asString());
        Notification notification = new Notification(r.get("homeAuthority").asString(), r.get("notificationStatus").asString(),
                r.get("notifiedAt").asOffsetDateTime(), r.get("closedAt").isNull() ? null : r.get("closedAt").asOffsetDateTime());
        return new Agenda.PlacedChild(placement.id(), child, r.get("homeAuthority").asString(), placement, notification);
    }
}
