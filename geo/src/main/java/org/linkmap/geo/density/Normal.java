package org.linkmap.geo.density;

/** The standard normal distribution's tail, for the p-values of z-scores. */
public final class Normal {

    private Normal() {
    }

    /** The two-sided p-value of a z-score: the probability of a standard normal at least |z| from 0. */
    public static double twoSidedP(double z) {
        return erfc(Math.abs(z) / Math.sqrt(2));
    }

    /**
     * The complementary error function, by the Chebyshev-fitted rational expression of Press et al.
     * (Numerical Recipes, 2nd ed., section 6.2): fractional error below 1.2e-7 everywhere, far finer than any
     * decision made at the 90, 95 or 99 per cent levels.
     */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double poly = -z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
        double value = t * Math.exp(poly);
        return x >= 0 ? value : 2 - value;
    }
}
