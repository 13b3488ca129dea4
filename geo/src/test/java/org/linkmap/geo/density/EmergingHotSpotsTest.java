package org.linkmap.geo.density;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.linkmap.geo.density.EmergingHotSpots.Category;

class EmergingHotSpotsTest {

    private static final MannKendall.Trend NO_TREND = new MannKendall.Trend(0, 1);
    private static final MannKendall.Trend RISING = new MannKendall.Trend(3, 0.003);
    private static final MannKendall.Trend FALLING = new MannKendall.Trend(-3, 0.003);

    @Test
    void categorisesAsArcGisDefinesThePatterns() {
        assertThat(EmergingHotSpots.categorise(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 2}, NO_TREND)).isEqualTo(Category.NEW);
        assertThat(EmergingHotSpots.categorise(new int[] {0, 0, 0, 0, 0, 0, 0, 1, 2, 3}, RISING)).isEqualTo(Category.CONSECUTIVE);
        assertThat(EmergingHotSpots.categorise(new int[] {1, 1, 1, 1, 1, 2, 2, 3, 3, 3}, RISING)).isEqualTo(Category.INTENSIFYING);
        assertThat(EmergingHotSpots.categorise(new int[] {2, 2, 2, 2, 2, 2, 2, 2, 0, 2}, NO_TREND)).isEqualTo(Category.PERSISTENT);
        assertThat(EmergingHotSpots.categorise(new int[] {3, 3, 3, 3, 2, 2, 2, 1, 1, 1}, FALLING)).isEqualTo(Category.DIMINISHING);
        assertThat(EmergingHotSpots.categorise(new int[] {0, 2, 0, 0, 1, 0, 0, 2, 0, 1}, NO_TREND)).isEqualTo(Category.SPORADIC);
        assertThat(EmergingHotSpots.categorise(new int[] {0, -2, 0, 0, 1, 0, 0, 2, 0, 1}, NO_TREND)).isEqualTo(Category.OSCILLATING);
        assertThat(EmergingHotSpots.categorise(new int[] {3, 3, 3, 3, 3, 3, 3, 3, 3, 0}, FALLING)).isEqualTo(Category.HISTORICAL);
        assertThat(EmergingHotSpots.categorise(new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0, 0}, NO_TREND)).isEqualTo(Category.NONE);
    }

    @Test
    void findsAHotSpotThatAppearsInTheLastMonthsAsNewOrConsecutive() {
        CountGrid grid = CountGrid.ofCounts(new double[100], 10, 10, 100);
        double[][] slices = new double[12][100];
        java.util.Random random = new java.util.Random(3);
        for (double[] slice : slices) {
            for (int c = 0; c < 100; c++) {
                slice[c] = random.nextInt(3);
            }
        }
        for (int s = 9; s < 12; s++) {
            slices[s][55] = slices[s][56] = slices[s][45] = slices[s][46] = 25;
        }

        EmergingHotSpots.Result result = EmergingHotSpots.analyse(grid, slices);

        assertThat(result.category()[55]).isIn(Category.CONSECUTIVE, Category.NEW);
        assertThat(result.finalZ()[55]).isGreaterThan(3);
        assertThat(result.category()[0]).isEqualTo(Category.NONE);
    }

    @Test
    void detectsAMonotonicTrendWithMannKendall() {
        MannKendall.Trend rising = MannKendall.test(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        MannKendall.Trend flat = MannKendall.test(new double[] {3, 1, 3, 1, 3, 1, 3, 1, 3, 1});

        // S = 45 for ten strictly rising values; Var(S) = 10*9*25/18 = 125; z = 44/sqrt(125).
        assertThat(rising.z()).isCloseTo(44 / Math.sqrt(125), within(1e-12));
        assertThat(rising.p()).isLessThan(0.001);
        assertThat(flat.p()).isGreaterThan(0.5);
    }
}
