package org.linkmap.service.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The areas and agency of each submission, read once and kept: both are fixed when a submission is written,
 * so keeping them cannot go stale, and deciding whether a fact is in view then costs no query per fact.
 */
@Component
class SubmissionScopes {

    /** Scopes kept at most; beyond it the oldest are dropped as a whole and read again when asked. */
    private static final int MAX_KEPT = 200_000;

    record Scope(Set<String> areas, String agency) {
    }

    private final Graph graph;
    private final Map<String, Scope> known = new ConcurrentHashMap<>();

    SubmissionScopes(Graph graph) {
        this.graph = graph;
    }

    /** The scopes of the submissions named; an id with no submission has none. */
    Map<String, Scope> of(Collection<String> submissionIds) {
        Map<String, Scope> found = new HashMap<>();
        List<String> missing = submissionIds.stream().filter(id -> {
            Scope scope = known.get(id);
            if (scope != null) {
                found.put(id, scope);
            }
            return scope == null;
        }).distinct().toList();
        if (!missing.isEmpty()) {
            if (known.size() > MAX_KEPT) {
                known.clear();
            }
            graph.read(tx -> tx.list("access/find-submission-scopes", Map.of("ids", missing), r -> r)).forEach(r -> {
                Scope scope = new Scope(Set.copyOf(r.get("areas").asList(Value::asString)), r.get("agency").asString(null));
                known.put(r.get("id").asString(), scope);
                found.put(r.get("id").asString(), scope);
            });
        }
        return found;
    }
}
