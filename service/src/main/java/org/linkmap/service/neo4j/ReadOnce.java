package org.linkmap.service.neo4j;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What is read by id from records that never change once written (a submission), kept once read: bounded, it
 * simply starts again when full. Ids not yet known are read together, in one query of the caller's.
 */
public final class ReadOnce<T> {

    private final int maxKept;
    private final Map<String, T> kept = new ConcurrentHashMap<>();

    public ReadOnce(int maxKept) {
        this.maxKept = maxKept;
    }

    /** The value of each of these ids that exists; {@code read} is given those not yet known and answers by id. */
    public Map<String, T> of(Collection<String> ids, Function<List<String>, Map<String, T>> read) {
        Map<String, T> found = new HashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        for (String id : ids) {
            T known = kept.get(id);
            if (known != null) {
                found.put(id, known);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, T> loaded = read.apply(new ArrayList<>(missing));
            if (kept.size() > maxKept) {
                kept.clear();
            }
            kept.putAll(loaded);
            found.putAll(loaded);
        }
        return found;
    }
}
