package org.linkmap.geo.shape;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.geo.crs.GridTransform;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class HotspotShapesTest {

    @Test
    void buffersASinglePlaceIntoAVisibleArea() {
        double[] x = {331050, 331050, 331050};
        double[] y = {435780, 435780, 435780};

        Polygon shape = HotspotShapes.bufferedHull(x, y, new int[] {0, 1, 2}, 50);

        assertThat(shape.getArea()).isBetween(0.95 * Math.PI * 50 * 50, Math.PI * 50 * 50);
    }

    @Test
    void coversEveryMemberAndNothingOfOtherPoints() {
        double[] x = {0, 100, 0, 100, 5000};
        double[] y = {0, 0, 100, 100, 5000};

        Polygon shape = HotspotShapes.bufferedHull(x, y, new int[] {0, 1, 2, 3}, 25);

        assertThat(shape.getEnvelopeInternal().getMinX()).isCloseTo(-25, org.assertj.core.api.Assertions.within(0.01));
        assertThat(shape.getEnvelopeInternal().getMaxX()).isCloseTo(125, org.assertj.core.api.Assertions.within(0.01));
        assertThat(shape.contains(shape.getFactory().createPoint(new Coordinate(5000, 5000)))).isFalse();
    }

    @Test
    void followsAnLShapedClusterWithAConcaveHull() {
        java.util.Random random = new java.util.Random(1);
        double[] x = new double[120];
        double[] y = new double[120];
        for (int i = 0; i < 60; i++) {
            x[i] = random.nextDouble() * 400;
            y[i] = random.nextDouble() * 40;
            x[60 + i] = random.nextDouble() * 40;
            y[60 + i] = random.nextDouble() * 400;
        }
        int[] all = java.util.stream.IntStream.range(0, 120).toArray();

        Polygon convex = HotspotShapes.bufferedHull(x, y, all, 10, false);
        Polygon concave = HotspotShapes.bufferedHull(x, y, all, 10, true);

        assertThat(concave.getArea()).isLessThan(convex.getArea() / 2);
        assertThat(concave.contains(concave.getFactory().createPoint(new Coordinate(300, 300)))).isFalse();
    }

    @Test
    void writesRfc7946RingsLongitudeFirstAndCounterClockwise() {
        double[] x = {331000, 331200, 331100};
        double[] y = {435700, 435700, 435900};
        Polygon grid = HotspotShapes.bufferedHull(x, y, new int[] {0, 1, 2}, 30);

        double[][][] rings = HotspotShapes.rfc7946Rings(HotspotShapes.toWgs84(grid, GridTransform.standard()));

        double[][] exterior = rings[0];
        assertThat(exterior[0]).containsExactly(exterior[exterior.length - 1]);
        assertThat(exterior[0][0]).as("longitude first").isBetween(-3.1, -3.0);
        assertThat(exterior[0][1]).isBetween(53.7, 53.9);
        Coordinate[] coords = new Coordinate[exterior.length];
        for (int k = 0; k < exterior.length; k++) {
            coords[k] = new Coordinate(exterior[k][0], exterior[k][1]);
        }
        assertThat(Orientation.isCCW(coords)).isTrue();
    }
}
