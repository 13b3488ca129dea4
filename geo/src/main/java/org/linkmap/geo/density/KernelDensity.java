package org.linkmap.geo.density;

import org.linkmap.geo.Cancellation;
import org.linkmap.geo.Extent;

/**
 * Kernel density of points on a grid, with the quartic (biweight) kernel that ArcGIS's Kernel Density and
 * CrimeStat use (Silverman, 1986, equation 4.5):
 *
 * <pre>
 *   density(c) = Σ_i 3 / (π h²) · (1 − d_ic² / h²)²   for d_ic &lt; h
 * </pre>
 *
 * evaluated at each cell centre c, with bandwidth h in metres and d the distance from point i. Values are
 * points per square kilometre. When no bandwidth is given, ArcGIS's default is used: a spatial variant of
 * Silverman's rule of thumb, {@code 0.9 · min(SD, √(1/ln 2) · Dm) · n^−0.2}, where SD is the standard distance
 * of the points and Dm the median distance from their mean centre.
 *
 * <p>Stateless and thread-safe.
 */
public final class KernelDensity {

    private static final double SQUARE_METRES_PER_KM2 = 1e6;

    private KernelDensity() {
    }

    /** The density at each cell centre of {@code grid}, in points per km². */
    public static double[] estimate(double[] x, double[] y, CountGrid grid, double bandwidthMetres) {
        if (!(bandwidthMetres > 0) || Double.isInfinite(bandwidthMetres)) {
            throw new IllegalArgumentException("bandwidthMetres must be a positive number of metres");
        }
        double[] density = new double[grid.size()];
        double h2 = bandwidthMetres * bandwidthMetres;
        double scale = 3 / (Math.PI * h2) * SQUARE_METRES_PER_KM2;
        double cell = grid.cellMetres();
        int reach = (int) Math.ceil(bandwidthMetres / cell);
        for (int i = 0; i < x.length; i++) {
            Cancellation.check(i);
            int column = (int) Math.floor((x[i] - grid.originX()) / cell);
            int row = (int) Math.floor((y[i] - grid.originY()) / cell);
            for (int r = Math.max(0, row - reach); r <= Math.min(grid.rows() - 1, row + reach); r++) {
                double dy = grid.originY() + (r + 0.5) * cell - y[i];
                for (int c = Math.max(0, column - reach); c <= Math.min(grid.columns() - 1, column + reach); c++) {
                    double dx = grid.originX() + (c + 0.5) * cell - x[i];
                    double u = (dx * dx + dy * dy) / h2;
                    if (u < 1) {
                        density[r * grid.columns() + c] += scale * (1 - u) * (1 - u);
                    }
                }
            }
        }
        return density;
    }

    /** ArcGIS's default search radius for Kernel Density, in metres (at least one metre). */
    public static double defaultBandwidth(double[] x, double[] y) {
        int n = x.length;
        if (n < 2) {
            return 1;
        }
        double meanX = 0, meanY = 0;
        for (int i = 0; i < n; i++) {
            meanX += x[i] / n;
            meanY += y[i] / n;
        }
        double[] distances = new double[n];
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - meanX;
            double dy = y[i] - meanY;
            sumSquares += dx * dx + dy * dy;
            distances[i] = Math.sqrt(dx * dx + dy * dy);
        }
        java.util.Arrays.sort(distances);
        double median = n % 2 == 1 ? distances[n / 2] : (distances[n / 2 - 1] + distances[n / 2]) / 2;
        double standardDistance = Math.sqrt(sumSquares / n);
        double radius = 0.9 * Math.min(standardDistance, Math.sqrt(1 / Math.log(2)) * median) * Math.pow(n, -0.2);
        return Math.max(1, radius);
    }

    /** ArcGIS's default cell size: the shorter side of the points' extent divided by 250 (at least one metre). */
    public static double defaultCell(double[] x, double[] y) {
        Extent extent = Extent.of(x, y);
        return Math.max(1, Math.min(extent.width(), extent.height()) / 250);
    }
}
