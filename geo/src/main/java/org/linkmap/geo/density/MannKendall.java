package org.linkmap.geo.density;

/**
 * The Mann-Kendall test for a monotonic trend in a series (Mann, 1945; Kendall, 1975), with the variance
 * corrected for ties: {@code S = Σ_{i<j} sign(v_j − v_i)}, {@code z = (S ∓ 1) / √Var(S)}, two-sided p-value.
 * ArcGIS's Emerging Hot Spot Analysis applies it to each location's Gi* z-scores over time.
 */
public final class MannKendall {

    /** @param z the trend's z-score (positive rising), @param p its two-sided p-value */
    public record Trend(double z, double p) {
    }

    private MannKendall() {
    }

    public static Trend test(double[] values) {
        int n = values.length;
        if (n < 3) {
            return new Trend(0, 1);
        }
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += (long) Math.signum(values[j] - values[i]);
            }
        }
        double variance = (n * (n - 1.0) * (2.0 * n + 5)) / 18;
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && sorted[j] == sorted[i]) {
                j++;
            }
            int tie = j - i;
            if (tie > 1) {
                variance -= tie * (tie - 1.0) * (2.0 * tie + 5) / 18;
            }
            i = j;
        }
        if (variance <= 0) {
            return new Trend(0, 1);
        }
        double z = s > 0 ? (s - 1) / Math.sqrt(variance) : s < 0 ? (s + 1) / Math.sqrt(variance) : 0;
        return new Trend(z, Normal.twoSidedP(z));
    }
}
