package org.linkmap.service.mace;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Conflict;
import org.springframework.stereotype.Component;

/** The meetings in the graph: created once per area, kind and date, found by id or by forum. */
@Component
class Meetings {

    private final Graph graph;
    private final Clock clock;

    Meetings(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    Meeting create(Meeting.Kind kind, String area, LocalDate date, String by) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", UUID.randomUUID().toString());
        p.put("kind", kind.name());
        p.put("area", area);
        p.put("date", date);
        p.put("createdAt", OffsetDateTime.now(clock));
        p.put("createdBy", by);
        return graph.write(tx -> {
            lockForums(tx, List.of(kind.name() + "|" + area));
            boolean exists = tx.list("mace/find-forum-meetings", Map.of("kind", kind.name(), "area", area), Meeting::from)
                    .stream().anyMatch(m -> m.date().equals(date));
            if (exists) {
                throw new Conflict("A " + kind + " meeting of " + area + " on " + date + " already exists.");
            }
            return tx.optional("mace/create-meeting", p, Meeting::from).orElseThrow();
        });
    }

    /** A forum's meeting on one date. */
    record Planned(Meeting.Kind kind, String area, LocalDate date) {
    }

    /** Creates, in one statement, those of the meetings that do not exist yet; how many it created. */
    int createMissing(List<Planned> planned, String by) {
        List<Map<String, Object>> rows = planned.stream().distinct().map(p -> Map.<String, Object>of(
                "id", UUID.randomUUID().toString(), "kind", p.kind().name(), "area", p.area(), "date", p.date())).toList();
        Map<String, Object> parameters = Map.of("meetings", rows, "createdAt", OffsetDateTime.now(clock), "createdBy", by);
        List<String> forums = planned.stream().map(p -> p.kind().name() + "|" + p.area()).distinct().sorted().toList();
        return graph.write(tx -> {
            lockForums(tx, forums);
            return tx.optional("mace/create-missing-meetings", parameters, r -> r.get("created").asInt()).orElse(0);
        });
    }

    private void lockForums(Graph.Tx tx, List<String> keys) {
        tx.run("mace/lock-forums", Map.of("keys", keys, "at", OffsetDateTime.now(clock)));
    }

    Optional<Meeting> find(String id) {
        return graph.read(tx -> tx.optional("mace/find-meeting", Map.of("id", id), Meeting::from));
    }

    /** The meetings of one forum (area and kind), earliest first. */
    List<Meeting> ofForum(String kind, String area) {
        return graph.read(tx -> tx.list("mace/find-forum-meetings", Map.of("kind", kind, "area", area), Meeting::from));
    }

    List<Meeting> list(String area, String kind, List<String> areas) {
        Map<String, Object> p = new HashMap<>();
        p.put("area", area);
        p.put("kind", kind);
        p.put("areas", areas);
        return graph.read(tx -> tx.list("mace/list-meetings", p, Meeting::from));
    }
}
