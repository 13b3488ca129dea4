package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;

class KernelDensityHotspotsTest {

    private final KernelDensityHotspots kde = new KernelDensityHotspots(PlaneIncidents.PLANE);

    /** Five incidents on a cell centre, and two on another 1.2 km east: further apart than the bandwidth. */
    private static List<IncidentPoint> fiveAndTwo() {
        List<IncidentPoint> incidents = new ArrayList<>(PlaneIncidents.many("a", 5, 350, 350, "2026-03-10T20:00:00Z"));
        incidents.addAll(PlaneIncidents.many("b", 2, 1550, 350, "2026-03-10T20:00:00Z"));
        return incidents;
    }

    @Test
    void scoresTheTopCellByItsPeakDensity() {
        HotspotStrategy.Detection found = kde.detect(fiveAndTwo(), PlaneIncidents.parameters(null, null, 100.0, 500.0, null));

        // At distance 0 each incident adds 3 / (pi h^2) per m^2: 5 x 3 / (pi x 0.25 km^2) = 60 / pi = 19.0986 per km^2.
        assertThat(found.hotspots()).hasSize(1);
        assertThat(found.hotspots().get(0).score()).isEqualTo(19.1);
        assertThat(found.hotspots().get(0).incidentIds()).containsExactly("a1", "a2", "a3", "a4", "a5");
    }

    @Test
    void takesEveryRegionAtOrAboveAThreshold() {
        HotspotStrategy.Detection found = kde.detect(fiveAndTwo(), PlaneIncidents.parameters(null, null, 100.0, 500.0, 5.0));

        // The pair peaks at 2 x 3 / (pi x 0.25) = 24 / pi = 7.639 per km^2.
        assertThat(found.hotspots()).extracting(Hotspot::score).containsExactly(19.1, 7.64);
        assertThat(found.hotspots()).extracting(Hotspot::incidentCount).containsExactly(5, 2);
        assertThat(found.parameters()).containsExactly(entry("cell", 100.0), entry("bandwidth", 500.0),
                entry("threshold", 5.0), entry("kernel", "quartic"));
    }

    @Test
    void echoesTheTopPerCentWhenNoThresholdIsGiven() {
        HotspotStrategy.Detection found = kde.detect(fiveAndTwo(), PlaneIncidents.parameters(null, null, 100.0, 500.0, null));

        assertThat(found.parameters()).containsExactly(entry("cell", 100.0), entry("bandwidth", 500.0),
                entry("top", 1.0), entry("kernel", "quartic"));
    }

    @Test
    void keepsTheTopPerCentOfCellsWithAnyDensityAndAtLeastOne() {
        double[] density = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        assertThat(KernelDensityHotspots.topThreshold(density, 1)).isEqualTo(10);
        assertThat(KernelDensityHotspots.topThreshold(density, 30)).isEqualTo(8);
        assertThat(KernelDensityHotspots.topThreshold(new double[] {0, 0}, 50)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    void choosesALocalCellAndBandwidthByDefaultAndSaysSo() {
        HotspotStrategy.Detection found = kde.detect(fiveAndTwo(), PlaneIncidents.parameters(null, null, null, null, null));

        assertThat(found.parameters()).containsEntry("bandwidthRule", "local").containsEntry("cell", 50.0)
                .containsEntry("bandwidth", 150.0).containsEntry("top", 2.0);
        assertThat(found.hotspots()).extracting(Hotspot::incidentCount).containsExactly(5);
    }

    @Test
    void keepsArcGisRuleAsAnOption() {
        List<IncidentPoint> incidents = fiveAndTwo();
        HotspotParameters arcgis = new HotspotParameters(null, null, null, null, null, null, null, null, null, null, "arcgis");

        HotspotStrategy.Detection found = kde.detect(incidents, arcgis);

        ProjectedIncidents projected = ProjectedIncidents.of(incidents, PlaneIncidents.PLANE);
        double expected = org.linkmap.geo.density.KernelDensity.defaultBandwidth(projected.x(), projected.y());
        assertThat(found.parameters()).containsEntry("bandwidthRule", "arcgis")
                .containsEntry("bandwidth", HotspotAssembly.round(Math.max(10, expected), 1));
    }

    @Test
    void refusesAnUnknownBandwidthRule() {
        List<FieldError> errors = new ArrayList<>();
        kde.check(new HotspotParameters(null, null, null, null, null, null, null, null, null, null, "silverman"), errors);
        assertThat(errors).extracting(FieldError::field).containsExactly("bandwidthRule");
    }

    @Test
    void findsNothingInNoIncidents() {
        assertThat(kde.detect(List.of(), PlaneIncidents.parameters(null, null, 100.0, 500.0, null)).hotspots()).isEmpty();
    }

    @Test
    void refusesTopAndThresholdTogether() {
        List<FieldError> errors = new ArrayList<>();

        kde.check(new HotspotParameters(null, null, 5.0, null, 5.0, 10.0, null, null, null, null, null), errors);

        assertThat(errors).containsExactly(new FieldError("cell", "must be between 10 and 5000"),
                new FieldError("threshold", "give top or threshold, not both"));
    }
}
