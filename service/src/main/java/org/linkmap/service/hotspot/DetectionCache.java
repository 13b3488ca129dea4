package org.linkmap.service.hotspot;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hotspots last found for a reader and query, kept for a short while: a map is read again and again with the
 * same query (every click on a hotspot finds the hotspots again to describe one; a shared link is opened by each
 * member of a meeting), and a county's year takes a second or more to find. An entry is for one user (the view,
 * and so the counts, differ by user), one query and one state of the data: the incidents held and this instance's
 * writes since start. Writes made by another instance are not seen, so an entry also expires after
 * {@code linkmap.hotspot.cache-time} (30 s). The entries together hold at most
 * {@code linkmap.hotspot.cache-incidents} incidents (400,000), the least recently used dropped first.
 *
 * <p>Thread-safe. Two requests for the same missing entry may both compute it; the second result replaces the first.
 */
@Component
class DetectionCache {

    private final long lifetimeNanos;
    private final long maxIncidents;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long incidentsHeld;

    DetectionCache(@Value("${linkmap.hotspot.cache-time:30s}") Duration lifetime,
                   @Value("${linkmap.hotspot.cache-incidents:400000}") long maxIncidents) {
        this.lifetimeNanos = lifetime.toNanos();
        this.maxIncidents = maxIncidents;
    }

    private record Entry(HotspotDetection.Found found, long madeAt) {
        int incidents() {
            return found.points().size();
        }
    }

    /** The detection under {@code key}, found now by {@code detect} unless a fresh one is held. */
    HotspotDetection.Found get(String key, Supplier<HotspotDetection.Found> detect) {
        if (lifetimeNanos <= 0) {
            return detect.get();
        }
        synchronized (this) {
            Entry held = entries.get(key);
            if (held != null && System.nanoTime() - held.madeAt() < lifetimeNanos) {
                return held.found();
            }
        }
        HotspotDetection.Found found = detect.get();
        put(key, new Entry(found, System.nanoTime()));
        return found;
    }

    private synchronized void put(String key, Entry entry) {
        if (entry.incidents() > maxIncidents) {
            return;
        }
        Entry replaced = entries.put(key, entry);
        incidentsHeld += entry.incidents() - (replaced == null ? 0 : replaced.incidents());
        long now = System.nanoTime();
        Iterator<Map.Entry<String, Entry>> oldestFirst = entries.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Map.Entry<String, Entry> next = oldestFirst.next();
            boolean stale = now - next.getValue().madeAt() >= lifetimeNanos;
            if (next.getValue() != entry && (stale || incidentsHeld > maxIncidents)) {
                incidentsHeld -= next.getValue().incidents();
                oldestFirst.remove();
            }
        }
    }
}
