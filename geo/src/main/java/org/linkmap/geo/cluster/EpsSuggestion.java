package org.linkmap.geo.cluster;

import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A DBSCAN {@code eps} suggested by the k-distance curve (Ester et al., 1996, section 4.2; Rahmah and Sitanggang,
 * 2016): each point's distance to its k-th nearest point (itself counted first, as {@code minPoints} counts it),
 * sorted ascending, rises slowly through clusters and steeply into noise; the suggested eps is the distance at
 * the curve's knee, the point furthest below the straight line joining its ends once both axes are scaled to
 * [0, 1], leaving out the top 2% of the curve. Up to {@code SAMPLE} points are used, evenly spread through the input, so the answer is fast and
 * deterministic.
 *
 * <p>Stateless and thread-safe.
 */
public final class EpsSuggestion {

    private static final int SAMPLE = 5_000;

    private EpsSuggestion() {
    }

    /** The suggested eps in metres; 0 when there are fewer than {@code minPoints} points. */
    public static double suggest(double[] x, double[] y, int minPoints) {
        if (minPoints < 1) {
            throw new IllegalArgumentException("minPoints must be at least 1");
        }
        int n = x.length;
        if (n < Math.max(2, minPoints)) {
            return 0;
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            tree.insert(new Envelope(x[i], x[i], y[i], y[i]), new Coordinate(x[i], y[i]));
        }
        tree.build();
        int k = Math.max(2, minPoints);
        int step = Math.max(1, n / SAMPLE);
        double[] distances = new double[(n + step - 1) / step];
        int m = 0;
        for (int i = 0; i < n; i += step) {
            Coordinate here = new Coordinate(x[i], y[i]);
            Object[] nearest = tree.nearestNeighbour(new Envelope(here), here,
                    (a, b) -> ((Coordinate) a.getItem()).distance((Coordinate) b.getItem()), k);
            distances[m++] = farthest(here, List.of(nearest));
        }
        return knee(Arrays.copyOf(distances, m));
    }

    private static double farthest(Coordinate here, List<Object> points) {
        double farthest = 0;
        for (Object point : points) {
            farthest = Math.max(farthest, here.distance((Coordinate) point));
        }
        return farthest;
    }

    /**
     * The value at the knee of a curve: sorted ascending, the point furthest below its chord. The top 2% are
     * left out first, so a few far-flung points (an incident recorded in another county) cannot flatten the
     * rest of the curve into a straight line.
     */
    static double knee(double[] curve) {
        double[] sorted = curve.clone();
        Arrays.sort(sorted);
        double[] values = sorted.length >= 50 ? Arrays.copyOf(sorted, (int) Math.ceil(sorted.length * 0.98)) : sorted;
        int m = values.length;
        double low = values[0];
        double range = values[m - 1] - low;
        if (m < 3 || range == 0) {
            return values[m - 1];
        }
        int best = 0;
        double bestGap = -1;
        for (int i = 0; i < m; i++) {
            double gap = (double) i / (m - 1) - (values[i] - low) / range;
            if (gap > bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        return values[best];
    }

}
