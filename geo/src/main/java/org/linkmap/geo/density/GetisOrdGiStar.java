package org.linkmap.geo.density;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.linkmap.geo.Cancellation;

/**
 * The Getis-Ord Gi* statistic (Getis and Ord, 1992; Ord and Getis, 1995) of each cell of a count grid, with
 * binary weights and the cell itself in its own neighbourhood (which is what makes it Gi* rather than Gi):
 *
 * <pre>
 *   z_i = (Σ_j w_ij x_j − X̄ W_i) / (S √((n W_i − W_i²) / (n − 1)))
 * </pre>
 *
 * where {@code W_i} is the number of cells in i's neighbourhood, {@code X̄} the mean count and {@code S} the
 * standard deviation of all n counts (dividing by n). This is what R spdep's {@code localG} gives with
 * {@code include.self} and style "B", and what ArcGIS's Hot Spot Analysis reports as GiZScore.
 *
 * <p>Neighbourhoods: queen contiguity (the up to eight surrounding cells) or a fixed distance band between
 * cell centres. Significance: two-sided normal p-values, and confidence bins of 90, 95 and 99 per cent
 * after the Benjamini-Hochberg false discovery rate correction that ArcGIS's Optimized Hot Spot Analysis
 * applies, so that testing thousands of cells does not make chance clusters look significant.
 *
 * <p>Stateless and thread-safe.
 */
public final class GetisOrdGiStar {

    /** Per cell: the z-score, its two-sided p-value, and the FDR-corrected confidence bin (−3..3; 0 not significant). */
    public record Result(double[] z, double[] p, int[] bin) {
    }

    private GetisOrdGiStar() {
    }

    /** Gi* with queen contiguity, the cell itself included. */
    public static Result queen(CountGrid grid) {
        return contiguity(grid);
    }

    /** Gi* with contiguity on any lattice (queen for squares, the six edges for hexagons), the cell itself included. */
    public static Result contiguity(Lattice lattice) {
        return compute(lattice.counts(), lattice::contiguity);
    }

    /** Gi* with every cell whose centre lies within {@code distanceMetres} of the cell's centre, itself included. */
    public static Result distanceBand(CountGrid grid, double distanceMetres) {
        if (!(distanceMetres >= 0) || Double.isInfinite(distanceMetres)) {
            throw new IllegalArgumentException("distanceMetres must be a non-negative number of metres");
        }
        int reach = (int) Math.floor(distanceMetres / grid.cellMetres());
        List<int[]> offsets = new ArrayList<>();
        for (int dx = -reach; dx <= reach; dx++) {
            for (int dy = -reach; dy <= reach; dy++) {
                if (Math.hypot(dx, dy) * grid.cellMetres() <= distanceMetres) {
                    offsets.add(new int[] {dx, dy});
                }
            }
        }
        int[][] band = offsets.toArray(int[][]::new);
        int columns = grid.columns();
        int rows = grid.rows();
        return compute(grid.counts(), cell -> {
            int[] found = new int[band.length];
            int k = 0;
            for (int[] offset : band) {
                int c = cell % columns + offset[0];
                int r = cell / columns + offset[1];
                if (c >= 0 && c < columns && r >= 0 && r < rows) {
                    found[k++] = r * columns + c;
                }
            }
            return java.util.Arrays.copyOf(found, k);
        });
    }

    /** Gi* of values whose neighbourhoods (each including the value itself) are given by index. */
    static Result compute(double[] x, java.util.function.IntFunction<int[]> neighbourhood) {
        int n = x.length;
        double sum = 0;
        double sumSquares = 0;
        for (double value : x) {
            sum += value;
            sumSquares += value * value;
        }
        double mean = sum / n;
        double s = Math.sqrt(sumSquares / n - mean * mean);
        double[] z = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            Cancellation.check(i);
            int[] neighbours = neighbourhood.apply(i);
            double local = 0;
            for (int j : neighbours) {
                local += x[j];
            }
            z[i] = zScore(local, neighbours.length, mean, s, n);
            p[i] = Normal.twoSidedP(z[i]);
        }
        return new Result(z, p, bins(z, p));
    }

    /**
     * Gi* of one location with binary weights: the sum over its {@code weights} neighbours (itself included),
     * against the mean and standard deviation of all {@code n} values.
     */
    private static double zScore(double local, int weights, double mean, double sd, long n) {
        double denominator = sd * Math.sqrt((n * (double) weights - (double) weights * weights) / (n - 1));
        return denominator > 0 ? (local - mean * weights) / denominator : 0;
    }

    /**
     * Confidence bins after Benjamini-Hochberg: a cell is significant at level α when its p-value is at most
     * the largest sorted p-value p_(k) with p_(k) ≤ k α / n.
     */
    public static int[] bins(double[] z, double[] p) {
        double[] sorted = p.clone();
        Arrays.sort(sorted);
        double[] levels = {0.10, 0.05, 0.01};
        int[] bin = new int[p.length];
        for (int level = 0; level < levels.length; level++) {
            double cutoff = -1;
            for (int k = sorted.length; k >= 1; k--) {
                if (sorted[k - 1] <= k * levels[level] / sorted.length) {
                    cutoff = sorted[k - 1];
                    break;
                }
            }
            for (int i = 0; i < p.length; i++) {
                if (p[i] <= cutoff) {
                    bin[i] = (int) Math.signum(z[i]) * (level + 1);
                }
            }
        }
        return bin;
    }
}
