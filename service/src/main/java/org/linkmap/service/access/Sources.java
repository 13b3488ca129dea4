package org.linkmap.service.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/**
 * The scopes of submissions, looked up by id. A submission never changes once written, so its scope is kept
 * once read; the cache is bounded and simply starts again when full.
 */
@Component
class Sources {

    private static final int MAX_CACHED = 200_000;

    private final Graph graph;
    private final Map<String, Source> cache = new ConcurrentHashMap<>();

    Sources(Graph graph) {
        this.graph = graph;
    }

    /** The scopes of the submissions with these ids that exist, in no particular order. */
    List<Source> find(Collection<String> ids) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        List<Source> found = new ArrayList<>(ids.size());
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            Source source = cache.get(id);
            if (source != null) {
                found.add(source);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            List<Source> loaded = graph.read(tx -> tx.list("access/find-sources", Map.of("ids", missing),
                    r -> new Source(r.get("id").asString(), r.get("agency").asString(null), r.get("forumArea").asString(null),
                            r.get("areas").asList(v -> v.asString()),
                            r.get("source").isNull() ? null : r.get("source").asLong() + r.get("intelligence").asString("") + " " + r.get("handling").asString(""),
                            r.get("conditions").asString(null))));
            if (cache.size() > MAX_CACHED) {
                cache.clear();
            }
            loaded.forEach(source -> cache.put(source.id(), source));
            found.addAll(loaded);
        }
        return found;
    }
}
