package org.linkmap.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GridReferenceTest {

    @Test
    void writesBlackpoolTowerInTheSdSquare() {
        assertThat(GridReference.format(330775, 436286)).isEqualTo("SD 30775 36286");
    }

    @Test
    void namesTheSquaresAtTheCornersOfTheGrid() {
        assertThat(GridReference.format(0, 0)).isEqualTo("SV 00000 00000");
        assertThat(GridReference.format(651409.903, 313177.270)).isEqualTo("TG 51409 13177");
        assertThat(GridReference.format(216600, 771200)).isEqualTo("NN 16600 71200");
        assertThat(GridReference.format(699999, 1299999)).isEqualTo("JM 99999 99999");
    }

    @Test
    void truncatesToTheMetreRatherThanRounding() {
        assertThat(GridReference.format(330775.99, 436286.99)).isEqualTo("SD 30775 36286");
    }

    @Test
    void refusesPointsOffTheGrid() {
        assertThatThrownBy(() -> GridReference.format(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridReference.format(700_000, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GridReference.format(Double.NaN, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
