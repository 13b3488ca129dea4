package org.linkmap.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GreatCircleTest {

    @Test
    void measuresOneDegreeOfLatitudeAsTheSphereArc() {
        // 2 pi R / 360 on R = 6 378 140 m.
        assertThat(GreatCircle.metresBetween(-3.0, 53.0, -3.0, 54.0)).isCloseTo(111_319.54, within(0.01));
    }

    @Test
    void measuresLongitudeShorterByTheCosineOfLatitude() {
        double atEquator = GreatCircle.metresBetween(0, 0, 0.001, 0);
        double atBlackpool = GreatCircle.metresBetween(-3.0, 53.8, -2.999, 53.8);

        assertThat(atBlackpool / atEquator).isCloseTo(Math.cos(Math.toRadians(53.8)), within(1e-6));
    }

    @Test
    void isZeroForOnePointAndSymmetric() {
        assertThat(GreatCircle.metresBetween(-3.05, 53.82, -3.05, 53.82)).isZero();
        assertThat(GreatCircle.metresBetween(-3.05, 53.82, -2.70, 53.76))
                .isEqualTo(GreatCircle.metresBetween(-2.70, 53.76, -3.05, 53.82));
    }
}
