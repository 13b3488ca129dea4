package org.linkmap.geo.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;

import org.junit.jupiter.api.Test;

class HexGridTest {

    @Test
    void putsEveryPointInTheHexagonWithTheNearestCentre() {
        Random random = new Random(11);
        double[] x = new double[2_000];
        double[] y = new double[2_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 330_000 + random.nextDouble() * 3_000;
            y[i] = 430_000 + random.nextDouble() * 2_000;
        }

        HexGrid grid = HexGrid.of(x, y, 100);

        for (int i = 0; i < x.length; i++) {
            int cell = grid.indexOf(x[i], y[i]);
            double mine = Math.hypot(x[i] - grid.centreX(cell), y[i] - grid.centreY(cell));
            for (int other : grid.contiguity(cell)) {
                assertThat(mine).isLessThanOrEqualTo(Math.hypot(x[i] - grid.centreX(other), y[i] - grid.centreY(other)) + 1e-9);
            }
        }
        assertThat(java.util.Arrays.stream(grid.counts()).sum()).isEqualTo(2_000);
    }

    @Test
    void hasSixNeighboursAtTheCellSizeAndRegularOutlines() {
        HexGrid grid = HexGrid.of(new double[] {0, 1_000}, new double[] {0, 1_000}, 100);
        int inner = grid.indexOf(500, 500);

        int[] neighbourhood = grid.contiguity(inner);

        assertThat(neighbourhood).hasSize(7).contains(inner);
        for (int n : neighbourhood) {
            if (n != inner) {
                assertThat(Math.hypot(grid.centreX(n) - grid.centreX(inner), grid.centreY(n) - grid.centreY(inner))).isCloseTo(100, within(1e-9));
            }
        }
        double[][] ring = grid.ring(inner);
        double area = 0;
        for (int k = 0; k < ring.length - 1; k++) {
            area += ring[k][0] * ring[k + 1][1] - ring[k + 1][0] * ring[k][1];
        }
        double radius = 100 / Math.sqrt(3);
        assertThat(area / 2).as("counter-clockwise, area 3√3/2 R²").isCloseTo(3 * Math.sqrt(3) / 2 * radius * radius, within(1e-6));
    }

    @Test
    void findsAHotClusterOnHexagonsWithGiStar() {
        Random random = new Random(5);
        int n = 3_000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            boolean cluster = i < 600;
            x[i] = cluster ? 1_500 + random.nextGaussian() * 60 : random.nextDouble() * 4_000;
            y[i] = cluster ? 2_500 + random.nextGaussian() * 60 : random.nextDouble() * 4_000;
        }
        HexGrid grid = HexGrid.of(x, y, 150);

        GetisOrdGiStar.Result result = GetisOrdGiStar.contiguity(grid);

        assertThat(result.bin()[grid.indexOf(1_500, 2_500)]).isEqualTo(3);
        assertThat(result.bin()[grid.indexOf(3_500, 500)]).isLessThan(1);
    }
}
