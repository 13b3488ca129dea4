package org.linkmap.service.identity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.linkmap.model.identity.PersonMatcher;
import org.linkmap.model.identity.PersonRecord;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.web.Conflict;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.NotFound;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Possible matches for a person, and the merges people confirm. A merge rewrites nothing: the other record is
 * marked merged into the survivor, views fold it in, and undo removes the mark.
 */
@Component
public class Identities {

    private static final int MAX_CANDIDATES = 50;

    private final Graph graph;
    private final Clock clock;

    Identities(Graph graph, Clock clock) {
        this.graph = graph;
        this.clock = clock;
    }

    /** Possible matches for the person with these properties, best first, within a read transaction. */
    public List<PossibleMatch> possibleMatches(Graph.Tx tx, String id, Map<String, Object> properties) {
        PersonRecord self = record(id, properties, List.of());
        List<PossibleMatch> matches = new ArrayList<>();
        tx.list("identity/find-match-candidates", Map.of("id", id, "limit", MAX_CANDIDATES), r -> r).forEach(r -> {
            Map<String, Object> other = r.get("properties").asMap();
            PersonRecord candidate = record(r.get("id").asString(), other, r.get("shared").asList(Value::asString));
            NodeSummary summary = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            PersonMatcher.compare(self, candidate).ifPresent(match -> matches.add(new PossibleMatch(match.id(),
                    summary.label(), match.score(), match.reasons(), summary)));
        });
        matches.sort(Comparator.comparingDouble(PossibleMatch::score).reversed());
        return matches;
    }

    record MergeResult(String mergeId, String survivorId) {
    }

    MergeResult merge(String survivorId, String otherId, String reason) {
        String mergeId = UUID.randomUUID().toString();
        return graph.write(tx -> {
            checkMergeable(tx, survivorId, otherId);
            Map<String, Object> p = new HashMap<>();
            p.put("survivorId", survivorId);
            p.put("otherId", otherId);
            p.put("mergeId", mergeId);
            p.put("reason", reason);
            p.put("user", CurrentUser.nameOrSystem());
            p.put("at", OffsetDateTime.now(clock));
            tx.optional("identity/merge-people", p, r -> r.get("id").asString())
                    .orElseThrow(() -> new Conflict("One of the records was merged meanwhile."));
            return new MergeResult(mergeId, survivorId);
        });
    }

    record UndoResult(String survivorId, String otherId) {
    }

    UndoResult undo(String mergeId) {
        return graph.write(tx -> tx.optional("identity/undo-merge", Map.of("mergeId", mergeId, "at", OffsetDateTime.now(clock),
                "user", CurrentUser.nameOrSystem()), r -> new UndoResult(r.get("survivorId").asString(), r.get("otherId").asString()))
                .orElseThrow(() -> new NotFound("No merge " + mergeId + " to undo.")));
    }

    void notSame(String id, String otherId) {
        graph.write(tx -> {
            checkPeople(tx, id, otherId);
            tx.run("identity/record-not-same", Map.of("id", id, "otherId", otherId, "user", CurrentUser.nameOrSystem(),
                    "at", OffsetDateTime.now(clock)));
            return null;
        });
    }

    private static void checkMergeable(Graph.Tx tx, String id, String otherId) {
        Map<String, Boolean> merged = checkPeople(tx, id, otherId);
        if (merged.values().stream().anyMatch(Boolean::booleanValue)) {
            throw new Conflict("One of these records is already merged; undo that merge first.");
        }
    }

    private static Map<String, Boolean> checkPeople(Graph.Tx tx, String id, String otherId) {
        if (id.equals(otherId)) {
            throw new InvalidRequest("otherId", "must be another record than the one merged into");
        }
        Map<String, Boolean> merged = new HashMap<>();
        tx.list("identity/find-merge-state", Map.of("id", id, "otherId", otherId), r -> r)
                .forEach(r -> merged.put(r.get("id").asString(), r.get("merged").asBoolean()));
        if (!merged.containsKey(id)) {
            throw new NotFound("No person " + id + ".");
        }
        if (!merged.containsKey(otherId)) {
            throw new InvalidRequest("otherId", "no person has the id " + otherId);
        }
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static PersonRecord record(String id, Map<String, Object> p, List<String> shared) {
        Object dobYear = p.get("dobYear");
        return new PersonRecord(id, (String) p.get("name"), (List<String>) p.getOrDefault("aliases", List.of()),
                p.get("dob") instanceof LocalDate dob ? dob : null,
                dobYear instanceof Number year ? Integer.valueOf(year.intValue()) : null,
                (String) p.get("gender"), shared);
    }

    /** The survivor each of these records was merged into, for records that were merged. */
    public Map<String, String> mergedInto(Graph.Tx tx, List<String> ids) {
        Map<String, String> survivors = new HashMap<>();
        tx.list("identity/find-merged-into", Map.of("ids", ids), r -> r)
                .forEach(r -> survivors.put(r.get("id").asString(), r.get("survivorId").asString()));
        return survivors;
    }

    /** The records joined to any of these by a confirmed merge: the same people's other records. */
    public List<String> mergePartners(Graph.Tx tx, List<String> ids) {
        return ids.isEmpty() ? List.of() : tx.list("identity/find-merge-partners", Map.of("ids", ids), r -> r.get("id").asString());
    }

    /** The records merged into this one. */
    public List<String> mergedRecords(Graph.Tx tx, String id) {
        return tx.list("identity/find-merged-records", Map.of("id", id), r -> r.get("id").asString());
    }

    static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
