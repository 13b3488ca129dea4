package org.linkmap.geo;

/**
 * The bounding box of points in projected metres. Every algorithm here starts from it, and all of them refuse
 * a coordinate that is not a finite number, naming the point.
 */
public record Extent(double minX, double minY, double maxX, double maxY) {

    /** The extent of the points; all zero when there are none. */
    public static Extent of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length");
        }
        if (x.length == 0) {
            return new Extent(0, 0, 0, 0);
        }
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " has a coordinate that is not a finite number");
            }
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        return new Extent(minX, minY, maxX, maxY);
    }

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
