package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;

class GiStarHotspotsTest {

    private final GiStarHotspots gistar = new GiStarHotspots(PlaneIncidents.PLANE);

    /** A 9 x 9 grid of 100 m cells (fixed by one incident in each corner) with 20 incidents in the centre cell. */
    static List<IncidentPoint> twentyInTheMiddle(String occurredAt) {
        List<IncidentPoint> incidents = new ArrayList<>(PlaneIncidents.corners(9, occurredAt));
        incidents.addAll(PlaneIncidents.many("m", 20, 450, 450, occurredAt));
        return incidents;
    }

    @Test
    void findsTheNineCellsAroundACrowdedCellHotAtNinetyPerCent() {
        HotspotStrategy.Detection found = gistar.detect(twentyInTheMiddle("2026-03-10T20:00:00Z"),
                PlaneIncidents.parameters(null, null, 100.0, null, null));

        // n = 81, mean 24/81, sd sqrt(404/81 - mean^2); each of the nine cells' neighbourhoods sums 20 over 9 cells:
        // z = (20 - 9 mean) / (sd sqrt((81 x 9 - 81) / 80)) = 2.751, p = 0.0059, significant at 90% after FDR only.
        assertThat(found.hotspots()).hasSize(1);
        Hotspot hotspot = found.hotspots().get(0);
        assertThat(hotspot.score()).isEqualTo(2.751);
        assertThat(hotspot.confidence()).isEqualTo(90);
        assertThat(hotspot.incidentCount()).isEqualTo(20);
        assertThat(bounds(hotspot.rings()[0])).containsExactly(300.0, 300.0, 600.0, 600.0);
        assertThat(found.parameters()).containsExactly(entry("cell", 100.0), entry("shape", "square"),
                entry("neighbourhood", "queen contiguity, cell included"),
                entry("significance", "Benjamini-Hochberg false discovery rate, 90/95/99%"));
    }

    /** The outline's {minX, minY, maxX, maxY}. */
    static double[] bounds(double[][] ring) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (double[] position : ring) {
            box[0] = Math.min(box[0], position[0]);
            box[1] = Math.min(box[1], position[1]);
            box[2] = Math.max(box[2], position[0]);
            box[3] = Math.max(box[3], position[1]);
        }
        return box;
    }

    @Test
    void givesEachBinItsConfidence() {
        assertThat(List.of(GiStarHotspots.confidence(1), GiStarHotspots.confidence(2), GiStarHotspots.confidence(3)))
                .containsExactly(90, 95, 99);
    }

    @Test
    void refusesADistanceBandForHexagons() {
        List<FieldError> errors = new ArrayList<>();

        gistar.check(new HotspotParameters(null, null, null, null, null, null, 200.0, null, "hexagon", null, null), errors);

        assertThat(errors).containsExactly(new FieldError("distance", "applies to square cells; hexagons use their six neighbours"));
    }

    @Test
    void refusesAnUnknownShape() {
        List<FieldError> errors = new ArrayList<>();

        gistar.check(new HotspotParameters(null, null, null, null, null, null, -5.0, null, "triangle", null, null), errors);

        assertThat(errors).containsExactly(new FieldError("distance", "must be between 0 and 20000"),
                new FieldError("shape", "must be square or hexagon"));
    }
}
