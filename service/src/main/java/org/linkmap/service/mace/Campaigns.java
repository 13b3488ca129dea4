package org.linkmap.service.mace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linkmap.service.hotspot.FoundHotspot;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Campaigns in the graph: created with one tasking per selected hotspot, in one transaction. */
@org.springframework.stereotype.Component
class Campaigns {

    private final Graph graph;
    private final Taskings taskings;
    private final Targets targets;
    private final Clock clock;
    private final ObjectMapper json;

    Campaigns(Graph graph, Taskings taskings, Targets targets, Clock clock, ObjectMapper json) {
        this.graph = graph;
        this.taskings = taskings;
        this.targets = targets;
        this.clock = clock;
        this.json = json;
    }

    record New(String name, String area, LocalDate from, LocalDate to, int top, Map<String, Object> hotspotQuery,
               String assignedTo, String action) {
    }

    String create(New c, List<FoundHotspot> hotspots, String by) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("name", c.name());
        p.put("area", c.area());
        p.put("from", c.from());
        p.put("to", c.to());
        p.put("top", c.top());
        p.put("hotspotQuery", write(c.hotspotQuery()));
        p.put("assignedTo", c.assignedTo());
        p.put("at", OffsetDateTime.now(clock));
        p.put("by", by);
        graph.write(tx -> {
            tx.run("mace/create-campaign", p);
            for (FoundHotspot h : hotspots) {
                String action = (c.action() == null ? "Outreach and visits" : c.action()) + " at hotspot " + h.rank()
                        + " (" + h.incidentCount() + " incidents) during " + c.name();
                taskings.create(new Taskings.New(action, c.to(), c.assignedTo(), null, id, null,
                        targets.toJson(h.geometry()), h.rank(), List.of(c.area()), null), by, tx);
            }
            return null;
        });
        return id;
    }

    Optional<Campaign> find(String id) {
        return list(id, null, null).stream().findFirst().map(c -> withDetail(c));
    }

    List<Campaign> list(String id, String area, List<String> areas) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("area", area);
        p.put("areas", areas);
        return graph.read(tx -> tx.list("mace/find-campaigns", p, this::campaign));
    }

    private Campaign withDetail(Campaign c) {
        List<Tasking> generated = taskings.list(new Taskings.Filter(null, null, null, null, null, c.id(), null));
        Campaign.Summary summary = graph.read(tx -> tx.optional("mace/summarise-campaign", Map.of("id", c.id()),
                r -> new Campaign.Summary(r.get("hotspotsTargeted").asLong(), r.get("hotspotsVisited").asLong(),
                        r.get("taskingsDone").asLong(), r.get("visitsMade").asLong(), r.get("noticesIssued").asLong(),
                        r.get("offenderVisits").asLong(), r.get("childrenEngaged").asLong())))
                .orElse(new Campaign.Summary(0, 0, 0, 0, 0, 0, 0));
        return new Campaign(c.id(), c.name(), c.area(), c.from(), c.to(), c.top(), c.hotspotQuery(), c.assignedTo(),
                c.createdAt(), c.createdBy(), generated, summary);
    }

    private Campaign campaign(Record r) {
        return new Campaign(r.get("id").asString(), r.get("name").asString(), r.get("area").asString(),
                r.get("from").asLocalDate(), r.get("to").asLocalDate(), r.get("top").asInt(), read(r.get("hotspotQuery").asString()),
                r.get("assignedTo").asString(), r.get("createdAt").asOffsetDateTime(), r.get("createdBy").asString(), null, null);
    }

    private String write(Map<String, Object> query) {
        try {
            return json.writeValueAsString(query);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, LinkedHashMap.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
