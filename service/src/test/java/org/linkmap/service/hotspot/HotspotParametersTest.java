package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;

class HotspotParametersTest {

    @Test
    void appliesTheDefaultsOfEachMethod() {
        HotspotParameters none = HotspotParameters.defaults();

        assertThat(none.epsOrDefault()).isEqualTo(150);
        assertThat(none.minPointsOrDefault()).isEqualTo(5);
        assertThat(none.cellOrDefault()).isEqualTo(150);
        assertThat(none.topOrDefault()).isEqualTo(1);
        assertThat(none.concave()).isFalse();
        assertThat(none.hexagons()).isFalse();
        assertThat(none.sliceOrDefault()).isEqualTo(EmergingHotspots.Slice.MONTH);
    }

    @Test
    void usesTheValuesGiven() {
        HotspotParameters given = new HotspotParameters(80.0, 3, 60.0, null, 2.5, null, null, "week", "hexagon", "concave", null);

        assertThat(given.epsOrDefault()).isEqualTo(80);
        assertThat(given.minPointsOrDefault()).isEqualTo(3);
        assertThat(given.cellOrDefault()).isEqualTo(60);
        assertThat(given.topOrDefault()).isEqualTo(2.5);
        assertThat(given.concave()).isTrue();
        assertThat(given.hexagons()).isTrue();
        assertThat(given.sliceOrDefault()).isEqualTo(EmergingHotspots.Slice.WEEK);
    }

    @Test
    void acceptsTheEndsOfARangeAndNothingGiven() {
        List<FieldError> errors = new ArrayList<>();

        HotspotParameters.range(errors, "cell", 10.0, 10, 5_000);
        HotspotParameters.range(errors, "cell", 5_000.0, 10, 5_000);
        HotspotParameters.range(errors, "cell", null, 10, 5_000);

        assertThat(errors).isEmpty();
    }

    @Test
    void refusesValuesOutsideARangeAndNotANumber() {
        List<FieldError> errors = new ArrayList<>();

        HotspotParameters.range(errors, "cell", 9.99, 10, 5_000);
        HotspotParameters.range(errors, "top", Double.NaN, 0.01, 100);
        HotspotParameters.range(errors, "bandwidth", Double.POSITIVE_INFINITY, 10, 20_000);

        assertThat(errors).containsExactly(new FieldError("cell", "must be between 10 and 5000"),
                new FieldError("top", "must be between 0.01 and 100"), new FieldError("bandwidth", "must be between 10 and 20000"));
    }
}
