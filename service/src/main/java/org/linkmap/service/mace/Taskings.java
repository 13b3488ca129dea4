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
import org.linkmap.service.web.Conflict;
import org.linkmap.service.web.Forbidden;
import org.linkmap.service.web.NotFound;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The taskings in the graph: raised, updated with notes, and read with their RAG as of today. */
@Component
class Taskings {

    /** The most entries one tasking's history holds: a year of daily notes, and a bound on what one user can add. */
    static final int MAX_UPDATES = 1_000;

    private final Graph graph;
    private final Clock clock;
    private final ObjectMapper json;
    private final Targets targets;

    Taskings(Graph graph, Clock clock, ObjectMapper json, Targets targets) {
        this.graph = graph;
        this.clock = clock;
        this.json = json;
        this.targets = targets;
    }

    /** What a new tasking says; {@code hotspotJson} is the outline when the target is a hotspot. */
    record New(String action, LocalDate due, String assignedTo, String meetingId, String campaignId, String targetId,
               String hotspotJson, Integer hotspotRank, List<String> areas, String note) {
    }

    /** Which taskings to read; every part optional. */
    record Filter(String id, String status, String agency, List<String> areas, String meetingId, String campaignId,
                  String targetId) {
        static Filter one(String id) {
            return new Filter(id, null, null, null, null, null, null);
        }
    }

    String create(New t, String by, Graph.Tx tx) {
        Map<String, Object> p = new HashMap<>();
        String id = UUID.randomUUID().toString();
        p.put("id", id);
        p.put("action", t.action());
        p.put("due", t.due());
        p.put("assignedTo", t.assignedTo());
        p.put("meetingId", t.meetingId());
        p.put("campaignId", t.campaignId());
        p.put("targetId", t.targetId());
        p.put("hotspot", t.hotspotJson());
        p.put("hotspotRank", t.hotspotRank());
        p.put("areas", t.areas());
        p.put("note", t.note());
        p.put("at", OffsetDateTime.now(clock));
        p.put("by", by);
        tx.run("mace/create-tasking", p);
        return id;
    }

    String create(New t, String by) {
        return graph.write(tx -> create(t, by, tx));
    }

    /**
     * A status change, a note or both, in the tasking's history.
     *
     * @param agency whether the update is an agency's, which may not cancel the tasking or take it out of CANCELLED
     * @throws Forbidden naming {@code status} when an agency would; {@link Conflict} when the history is full;
     *                   {@link NotFound} when the tasking has gone (nothing is written in each case)
     */
    void update(String id, Tasking.Status status, String note, String by, boolean agency) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("status", status == null ? null : status.name());
        p.put("note", note);
        p.put("by", by);
        p.put("agency", agency);
        p.put("at", OffsetDateTime.now(clock));
        p.put("maxUpdates", MAX_UPDATES);
        graph.write(tx -> {
            Record result = tx.optional("mace/update-tasking", p, r -> r).orElseThrow(() -> new NotFound("No tasking " + id + "."));
            if (!result.get("permitted").asBoolean()) {
                throw new Forbidden("status: only the meeting that set a tasking may cancel it or take it out of CANCELLED;"
                        + " an agency moves it between OPEN, IN_PROGRESS and DONE and adds notes.");
            }
            if (result.get("held").asLong() >= MAX_UPDATES) {
                throw new Conflict("This tasking's history holds " + MAX_UPDATES + " updates, the most one may; raise a new tasking to go on.");
            }
            return null;
        });
    }

    Optional<Tasking> find(String id) {
        return list(Filter.one(id)).stream().findFirst();
    }

    List<Tasking> list(Filter f) {
        return page(f, false, Integer.MAX_VALUE, 0).items();
    }

    /** The page of taskings {@code f} selects (only the overdue ones if asked), soonest due first, and how many it selects. */
    Page<Tasking> page(Filter f, boolean overdue, int limit, int offset) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", f.id());
        p.put("status", f.status());
        p.put("agency", f.agency());
        p.put("areas", f.areas());
        p.put("meetingId", f.meetingId());
        p.put("campaignId", f.campaignId());
        p.put("targetId", f.targetId());
        LocalDate today = today();
        p.put("overdue", overdue);
        p.put("today", today);
        p.put("limit", limit);
        p.put("offset", offset);
        return Page.ofRows(graph.read(tx -> tx.list("mace/find-taskings", p, r -> r)), r -> tasking(r, today));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ReferralCalendar.LOCAL));
    }

    private Tasking tasking(Record r, LocalDate today) {
        Tasking.Status status = Tasking.Status.valueOf(r.get("status").asString());
        LocalDate due = r.get("due").asLocalDate();
        NodeSummary node = r.get("targetId").isNull() ? null
                : NodeSummary.from(r.get("targetId"), r.get("targetLabels"), r.get("targetProperties"));
        String assignedTo = r.get("assignedTo").asString();
        Map<String, Object> hotspot = r.get("hotspot").isNull() ? null : outline(r.get("hotspot").asString());
        List<Tasking.Note> notes = r.get("notes").asList(n -> new Tasking.Note(n.get("at").asOffsetDateTime(),
                n.get("by").asString(), n.get("status").asString(), n.get("note").isNull() ? null : n.get("note").asString()));
        return new Tasking(r.get("id").asString(), r.get("action").asString(), status, Rag.of(status, due, today), due,
                assignedTo, text(r.get("meetingId")), text(r.get("campaignId")),
                r.get("hotspotRank").isNull() ? null : r.get("hotspotRank").asInt(),
                targets.view(node, hotspot, assignedTo), r.get("areas").asList(Value::asString), r.get("createdAt").asOffsetDateTime(),
                r.get("createdBy").asString(), notes);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> outline(String text) {
        try {
            return json.readValue(text, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored hotspot outline is not GeoJSON", e);
        }
    }

    private static String text(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
