package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

class DetectionCacheTest {

    private final AtomicInteger detections = new AtomicInteger();

    @Test
    void shouldFindAgainOnlyWhatItDoesNotHold() {
        DetectionCache cache = new DetectionCache(Duration.ofMinutes(1), 100);

        HotspotDetection.Found first = cache.get("a", found(10));
        HotspotDetection.Found again = cache.get("a", found(10));
        cache.get("b", found(10));

        assertThat(again).isSameAs(first);
        assertThat(detections).hasValue(2);
    }

    @Test
    void shouldDropTheLeastRecentlyUsedWhenTheIncidentsHeldPassTheLimit() {
        DetectionCache cache = new DetectionCache(Duration.ofMinutes(1), 100);
        cache.get("a", found(40));
        cache.get("b", found(40));
        cache.get("a", found(40));

        cache.get("c", found(40));
        cache.get("a", found(40));
        cache.get("b", found(40));

        assertThat(detections).as("a, b, c, then b again: it was the least recently used when c came").hasValue(4);
    }

    @Test
    void shouldNotHoldADetectionLargerThanTheLimitNorOneOlderThanItsLifetime() {
        DetectionCache small = new DetectionCache(Duration.ofMinutes(1), 100);
        small.get("big", found(101));
        small.get("big", found(101));
        DetectionCache brief = new DetectionCache(Duration.ZERO, 100);
        brief.get("a", found(1));
        brief.get("a", found(1));

        assertThat(detections).hasValue(4);
    }

    private Supplier<HotspotDetection.Found> found(int incidents) {
        return () -> {
            detections.incrementAndGet();
            List<IncidentPoint> points = new ArrayList<>();
            for (int i = 0; i < incidents; i++) {
                points.add(new IncidentPoint("incident-" + i, "SIGHTING", OffsetDateTime.parse("2026-11-01T20:00:00Z"), -3.05, 53.81,
                        List.of(), List.of()));
            }
            return new HotspotDetection.Found(new HotspotStrategy.Detection(List.of(), Map.of()), points);
        };
    }
}
