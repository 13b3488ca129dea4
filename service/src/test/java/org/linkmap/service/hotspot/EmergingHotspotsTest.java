package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.linkmap.service.hotspot.PlaneIncidents.at;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;

class EmergingHotspotsTest {

    private final EmergingHotspots emerging = new EmergingHotspots(PlaneIncidents.PLANE);

    @Test
    void labelsACellHotOnlyInTheLastMonthNew() {
        List<IncidentPoint> incidents = new ArrayList<>(PlaneIncidents.corners(9, "2026-01-10T20:00:00Z"));
        incidents.addAll(PlaneIncidents.many("m", 20, 450, 450, "2026-03-10T20:00:00Z"));

        HotspotStrategy.Detection found = emerging.detect(incidents, PlaneIncidents.parameters(null, null, 100.0, null, null));

        // Three monthly slices of 81 cells; the nine cells around the crowded one are hot (95%) in March only.
        // Their space-time Gi* (this and the previous slice, 18 bins) in March is 3.4647.
        assertThat(found.hotspots()).hasSize(1);
        Hotspot hotspot = found.hotspots().get(0);
        assertThat(hotspot.category()).isEqualTo("NEW");
        assertThat(hotspot.score()).isEqualTo(3.465);
        assertThat(hotspot.incidentCount()).isEqualTo(20);
        assertThat(found.parameters().get("slice")).isEqualTo("month");
        assertThat(found.parameters().get("cell")).isEqualTo(100.0);
    }

    @Test
    void countsSlicesFromTheFirstIncidentsWeekOrMonthInUtc() {
        List<IncidentPoint> incidents = List.of(at("i1", 0, 0, "2026-01-05T09:00:00Z"), at("i2", 0, 0, "2026-01-11T23:00:00Z"),
                at("i3", 0, 0, "2026-01-12T00:30:00+01:00"), at("i4", 0, 0, "2026-01-31T23:30:00-01:00"));

        assertThat(EmergingHotspots.slices(incidents, EmergingHotspots.Slice.WEEK)).containsExactly(0, 0, 0, 3);
        assertThat(EmergingHotspots.slices(incidents, EmergingHotspots.Slice.MONTH)).containsExactly(0, 0, 0, 1);
    }

    @Test
    void refusesIncidentsWithinOneSliceNamingTheStartOfThePeriod() {
        List<IncidentPoint> incidents = List.of(at("i1", 0, 0, "2026-01-05T09:00:00Z"), at("i2", 500, 500, "2026-01-20T09:00:00Z"));

        assertThatThrownBy(() -> emerging.detect(incidents, HotspotParameters.defaults()))
                .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("from", "the incidents span fewer than two months")));
    }

    @Test
    void refusesAnUnknownSlice() {
        List<FieldError> errors = new ArrayList<>();

        emerging.check(new HotspotParameters(null, null, null, null, null, null, null, "fortnight", null, null, null), errors);

        assertThat(errors).containsExactly(new FieldError("slice", "must be month or week"));
    }
}
