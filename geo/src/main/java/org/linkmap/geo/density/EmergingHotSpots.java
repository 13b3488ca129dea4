package org.linkmap.geo.density;

/**
 * Emerging hot spot analysis, after ArcGIS's: how each cell's hot spot status changed over time slices.
 *
 * <p>Counts form a space-time cube (cells × slices). Gi* is computed over the cube with binary weights: a
 * bin's neighbourhood is the queen neighbourhood of its cell (itself included) in its own slice and in the
 * slice before (ArcGIS's default neighbourhood time step of 1), with the mean and deviation of the whole cube;
 * significance is judged at 90% after the false discovery rate correction. Each cell's z-scores over time
 * are then tested for a trend with {@link MannKendall} (significant at 95%), and the cell is given the first
 * category it meets, as ArcGIS defines them:
 *
 * <ul>
 *   <li>{@code NEW}: hot in the final slice and never before;</li>
 *   <li>{@code CONSECUTIVE}: an unbroken run of at least two hot slices ending in the final one, never hot
 *   before the run, hot in under 90% of slices;</li>
 *   <li>{@code INTENSIFYING}, {@code PERSISTENT}, {@code DIMINISHING}: hot in at least 90% of slices including
 *   the final one, with a rising, no, or a falling trend;</li>
 *   <li>{@code OSCILLATING}: hot in the final slice, cold in some earlier slice, hot in under 90%;</li>
 *   <li>{@code SPORADIC}: hot in the final slice, on and off before, never cold, hot in under 90%;</li>
 *   <li>{@code HISTORICAL}: not hot in the final slice, but hot in at least 90% of slices;</li>
 *   <li>{@code NONE}: none of these.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class EmergingHotSpots {

    public enum Category { NEW, CONSECUTIVE, INTENSIFYING, PERSISTENT, DIMINISHING, OSCILLATING, SPORADIC, HISTORICAL, NONE }

    /** Per cell: its category, its z-score in the final slice, and its trend's z-score. */
    public record Result(Category[] category, double[] finalZ, double[] trendZ) {
    }

    private static final double TREND_P = 0.05;

    private EmergingHotSpots() {
    }

    /** @param slices counts per slice, each over the same cells of {@code grid} (row-major), oldest first */
    public static Result analyse(Lattice grid, double[][] slices) {
        int cells = grid.size();
        int t = slices.length;
        if (t < 2) {
            throw new IllegalArgumentException("emerging hot spots need at least two time slices");
        }
        double[][] z = new double[t][cells];
        int[][] bin = cubeGiStar(grid, slices, z);
        Category[] category = new Category[cells];
        double[] finalZ = new double[cells];
        double[] trendZ = new double[cells];
        for (int c = 0; c < cells; c++) {
            double[] series = new double[t];
            int[] bins = new int[t];
            for (int s = 0; s < t; s++) {
                series[s] = z[s][c];
                bins[s] = bin[s][c];
            }
            MannKendall.Trend trend = MannKendall.test(series);
            category[c] = categorise(bins, trend);
            finalZ[c] = series[t - 1];
            trendZ[c] = trend.z();
        }
        return new Result(category, finalZ, trendZ);
    }

    static Category categorise(int[] bins, MannKendall.Trend trend) {
        int t = bins.length;
        int hot = 0;
        boolean cold = false;
        for (int b : bins) {
            hot += b > 0 ? 1 : 0;
            cold |= b < 0;
        }
        boolean finalHot = bins[t - 1] > 0;
        boolean mostly = hot >= Math.ceil(0.9 * t);
        if (!finalHot) {
            return mostly ? Category.HISTORICAL : Category.NONE;
        }
        if (hot == 1) {
            return Category.NEW;
        }
        if (mostly) {
            boolean significant = trend.p() <= TREND_P;
            return !significant ? Category.PERSISTENT : trend.z() > 0 ? Category.INTENSIFYING : Category.DIMINISHING;
        }
        int run = 0;
        while (run < t && bins[t - 1 - run] > 0) {
            run++;
        }
        if (run >= 2 && run == hot) {
            return Category.CONSECUTIVE;
        }
        return cold ? Category.OSCILLATING : Category.SPORADIC;
    }

    /**
     * Gi* over the space-time cube, flattened slice after slice: a bin's neighbourhood is its cell's contiguity
     * in its own slice and the one before. Fills {@code z} and returns the FDR-corrected bins per slice.
     */
    private static int[][] cubeGiStar(Lattice grid, double[][] slices, double[][] z) {
        int cells = grid.size();
        int t = slices.length;
        double[] cube = new double[cells * t];
        for (int s = 0; s < t; s++) {
            System.arraycopy(slices[s], 0, cube, s * cells, cells);
        }
        GetisOrdGiStar.Result result = GetisOrdGiStar.compute(cube, bin -> {
            int slice = bin / cells;
            int[] space = grid.contiguity(bin % cells);
            int[] neighbours = new int[space.length * (slice > 0 ? 2 : 1)];
            int k = 0;
            for (int earlier = Math.max(0, slice - 1); earlier <= slice; earlier++) {
                for (int cell : space) {
                    neighbours[k++] = earlier * cells + cell;
                }
            }
            return neighbours;
        });
        int[][] bins = new int[t][cells];
        for (int s = 0; s < t; s++) {
            System.arraycopy(result.z(), s * cells, z[s], 0, cells);
            System.arraycopy(result.bin(), s * cells, bins[s], 0, cells);
        }
        return bins;
    }
}
