package org.linkmap.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class GridTransformTest {

    /** Metres per degree of latitude, and of longitude at Lancashire's latitude: enough to judge millimetres. */
    private static final double METRES_PER_DEGREE_LAT = 111_250;
    private static final double METRES_PER_DEGREE_LON = 65_900;

    private final GridTransform transform = GridTransform.standard();

    @Test
    void agreesWithProjCs2csWithinOneCentimetreOnLancashirePostcodes() throws IOException {
        double worst = 0;
        int points = 0;
        try (var reader = reference()) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                double easting = Double.parseDouble(f[1]);
                double northing = Double.parseDouble(f[2]);
                double lon = Double.parseDouble(f[3]);
                double lat = Double.parseDouble(f[4]);

                double[] lonLat = transform.toWgs84(easting, northing);
                double[] en = transform.toBritishNationalGrid(lon, lat);

                worst = Math.max(worst, Math.hypot((lonLat[0] - lon) * METRES_PER_DEGREE_LON, (lonLat[1] - lat) * METRES_PER_DEGREE_LAT));
                worst = Math.max(worst, Math.hypot(en[0] - easting, en[1] - northing));
                points++;
            }
        }
        assertThat(points).isEqualTo(2000);
        assertThat(worst).isLessThan(0.01);
    }

    @Test
    void roundTripsAGridReference() {
        double[] lonLat = transform.toWgs84(331050, 435780);
        double[] back = transform.toBritishNationalGrid(lonLat[0], lonLat[1]);

        assertThat(lonLat[0]).isCloseTo(-3.05, within(0.02));
        assertThat(lonLat[1]).isCloseTo(53.81, within(0.02));
        assertThat(back[0]).isCloseTo(331050, within(0.001));
        assertThat(back[1]).isCloseTo(435780, within(0.001));
    }

    private static BufferedReader reference() {
        var stream = GridTransformTest.class.getResourceAsStream("/reference/crs/bng_to_wgs84_cs2cs.csv");
        assertThat(stream).isNotNull();
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
    }
}
