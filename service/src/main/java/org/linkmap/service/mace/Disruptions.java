package org.linkmap.service.mace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/** The disruption records in the graph. */
@Component
class Disruptions {

    private final Graph graph;
    private final Clock clock;
    private final Targets targets;

    Disruptions(Graph graph, Clock clock, Targets targets) {
        this.graph = graph;
        this.clock = clock;
        this.targets = targets;
    }

    record New(Disruption.Tactic tactic, LocalDate date, String outcome, Integer childrenEngaged, String targetId,
               String hotspotJson, String taskingId, List<String> areas) {
    }

    /** A record as read, with its target as stored, for measuring its effect. */
    record Stored(Disruption disruption, Target target) {
    }

    record Filter(String id, String taskingId, String targetId, List<String> areas, String agency) {
    }

    String create(New d, String by) {
        Map<String, Object> p = new HashMap<>();
        String id = UUID.randomUUID().toString();
        p.put("id", id);
        p.put("tactic", d.tactic().name());
        p.put("date", d.date());
        p.put("outcome", d.outcome());
        p.put("childrenEngaged", d.childrenEngaged());
        p.put("targetId", d.targetId());
        p.put("hotspot", d.hotspotJson());
        p.put("taskingId", d.taskingId());
        p.put("areas", d.areas());
        p.put("at", OffsetDateTime.now(clock));
        p.put("by", by);
        graph.write(tx -> {
            tx.run("mace/create-disruption", p);
            return null;
        });
        return id;
    }

    Optional<Stored> find(String id) {
        return list(new Filter(id, null, null, null, null)).stream().findFirst();
    }

    List<Stored> list(Filter f) {
        return page(f, Integer.MAX_VALUE, 0).items();
    }

    /** The page of records {@code f} selects, latest first, and how many it selects. */
    Page<Stored> page(Filter f, int limit, int offset) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", f.id());
        p.put("taskingId", f.taskingId());
        p.put("targetId", f.targetId());
        p.put("areas", f.areas());
        p.put("agency", f.agency());
        p.put("limit", limit);
        p.put("offset", offset);
        LocalDate today = LocalDate.now(clock.withZone(ReferralCalendar.LOCAL));
        return Page.ofRows(graph.read(tx -> tx.list("mace/find-disruptions", p, r -> r)), r -> stored(r, today));
    }

    private Stored stored(Record r, LocalDate today) {
        List<String> areas = r.get("areas").asList(Value::asString);
        Target target;
        NodeSummary node = null;
        if (!r.get("targetId").isNull()) {
            node = NodeSummary.from(r.get("targetId"), r.get("targetLabels"), r.get("targetProperties"));
            double[] point = r.get("targetPoint").isNull() ? null
                    : new double[] {r.get("targetPoint").asPoint().x(), r.get("targetPoint").asPoint().y()};
            target = new Target(node, null, null, point, areas);
        } else {
            target = targets.hotspot(r.get("hotspot").asString(), areas);
        }
        String status = text(r.get("status"));
        Rag rag = status == null ? null : Rag.of(Tasking.Status.valueOf(status), r.get("due").asLocalDate(), today);
        Disruption d = new Disruption(r.get("id").asString(), Disruption.Tactic.valueOf(r.get("tactic").asString()),
                r.get("date").asLocalDate(), text(r.get("outcome")),
                r.get("childrenEngaged").isNull() ? null : r.get("childrenEngaged").asInt(),
                targets.view(node, target.hotspot(), text(r.get("assignedTo"))), text(r.get("taskingId")), status, rag, text(r.get("assignedTo")),
                areas, r.get("createdAt").asOffsetDateTime(), r.get("createdBy").asString());
        return new Stored(d, target);
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
