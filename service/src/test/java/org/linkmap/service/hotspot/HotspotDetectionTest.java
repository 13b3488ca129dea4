package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;

/** The method is chosen by name and its parameters checked before any incident is read (no incidents here at all). */
class HotspotDetectionTest {

    private final HotspotDetection detection = new HotspotDetection(List.of(new DbscanHotspots(PlaneIncidents.PLANE),
            new KernelDensityHotspots(PlaneIncidents.PLANE), new GiStarHotspots(PlaneIncidents.PLANE),
            new EmergingHotspots(PlaneIncidents.PLANE)), null, null, null, null, null, null);

    @Test
    void refusesAnUnknownMethod() {
        assertThatThrownBy(() -> detection.detect("voronoi", HotspotParameters.defaults(), null))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("method", "must be dbscan, kde, gistar or emerging")));
    }

    @Test
    void checksOnlyTheChosenMethodsParameters() {
        HotspotParameters badForKde = new HotspotParameters(null, null, null, null, 0.0, null, null, null, null, null, null);

        assertThatThrownBy(() -> detection.detect("kde", badForKde, null))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("top", "must be between 0.01 and 100")));
    }

    @Test
    void needsAStrategyForEveryMethod() {
        assertThatThrownBy(() -> new HotspotDetection(List.of(new DbscanHotspots(PlaneIncidents.PLANE)), null, null, null, null, null, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DBSCAN");
    }
}
