package org.linkmap.geo.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GetisOrdGiStarTest {

    @Test
    void agreesWithRSpdepOnAQueenGridWithTheCellItselfIncluded() throws IOException {
        List<String[]> reference = csv("gistar_spdep.csv");
        double[] counts = new double[reference.size()];
        for (String[] row : reference) {
            counts[Integer.parseInt(row[0])] = Double.parseDouble(row[3]);
        }

        GetisOrdGiStar.Result result = GetisOrdGiStar.queen(CountGrid.ofCounts(counts, 20, 20, 100));

        for (String[] row : reference) {
            int i = Integer.parseInt(row[0]);
            assertThat(result.z()[i]).as("cell %d", i).isCloseTo(Double.parseDouble(row[5]), within(1e-9));
        }
    }

    @Test
    void flagsTheHotBlockAndTheColdBlockAfterTheFalseDiscoveryRateCorrection() throws IOException {
        double[] counts = new double[400];
        for (String[] row : csv("grid_counts.csv")) {
            counts[Integer.parseInt(row[0])] = Double.parseDouble(row[3]);
        }

        GetisOrdGiStar.Result result = GetisOrdGiStar.queen(CountGrid.ofCounts(counts, 20, 20, 100));

        assertThat(result.bin()[5 * 20 + 13]).as("inside the hot block").isEqualTo(3);
        assertThat(result.bin()[15 * 20 + 4]).as("inside the cold block").isNegative();
        long significant = java.util.Arrays.stream(result.bin()).filter(b -> b != 0).count();
        assertThat(significant).isLessThan(80);
    }

    @Test
    void givesTwoSidedNormalPValues() {
        assertThat(Normal.twoSidedP(1.959963985)).isCloseTo(0.05, within(1e-6));
        assertThat(Normal.twoSidedP(-2.575829304)).isCloseTo(0.01, within(1e-6));
        assertThat(Normal.twoSidedP(0)).isCloseTo(1, within(1e-6));
    }

    @Test
    void countsEveryCellOfTheExtentFromAnAlignedOrigin() {
        CountGrid grid = CountGrid.of(new double[] {1050, 1250, 1250}, new double[] {2050, 2050, 2260}, 100);

        assertThat(grid.originX()).isEqualTo(1000);
        assertThat(grid.originY()).isEqualTo(2000);
        assertThat(grid.columns()).isEqualTo(3);
        assertThat(grid.rows()).isEqualTo(3);
        assertThat(grid.counts()).containsExactly(1, 0, 1, 0, 0, 0, 0, 0, 1);
    }

    @Test
    void usesTheQuarticKernelInPointsPerSquareKilometre() {
        double[] x = {500};
        double[] y = {500};
        CountGrid grid = CountGrid.of(new double[] {0, 1000}, new double[] {0, 1000}, 100);

        double[] density = KernelDensity.estimate(x, y, grid, 300);

        double total = 0;
        for (double d : density) {
            total += d * 0.01;
        }
        assertThat(total).as("one point integrates to one").isCloseTo(1, within(0.02));
        assertThat(density[grid.indexOf(450, 450)]).isCloseTo(3 / (Math.PI * 0.09) * Math.pow(1 - 5000.0 / 90000, 2), within(1e-9));
    }

    private static List<String[]> csv(String name) throws IOException {
        var in = GetisOrdGiStarTest.class.getResourceAsStream("/reference/gistar/" + name);
        assertThat(in).isNotNull();
        List<String[]> rows = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
        }
        return rows;
    }
}
