package org.linkmap.geo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class EpsSuggestionTest {

    @Test
    void findsTheKneeOfASortedCurve() {
        double[] curve = {1, 1, 1.1, 1.2, 1.2, 1.3, 1.3, 1.4, 1.5, 9, 30, 80};

        assertThat(EpsSuggestion.knee(curve)).isEqualTo(1.5);
    }

    @Test
    void suggestsTheSpacingOfEvenlySpacedPoints() {
        // 100 points 10 m apart on a line: the third nearest (itself first) is 10 m away for all but the two ends,
        // which the top 2% leaves out.
        double[] x = new double[100];
        double[] y = new double[100];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1_000 + 10 * i;
            y[i] = 2_000;
        }

        assertThat(EpsSuggestion.suggest(x, y, 3)).isEqualTo(10.0);
    }

    @Test
    void suggestsTheKneeOfTheKDistanceCurveOfTheReferenceSet() throws IOException {
        double[][] xy = DbscanTest.readPoints("points_10k.csv");

        double eps = EpsSuggestion.suggest(xy[0], xy[1], 10);

        assertThat(eps).isEqualTo(EpsSuggestion.knee(bruteForceKDistances(xy[0], xy[1], 10, 2)));
    }

    @Test
    void suggestsNothingForFewerPointsThanMinPoints() {
        assertThat(EpsSuggestion.suggest(new double[] {0, 1}, new double[] {0, 1}, 3)).isZero();
    }

    /** Each sampled point's distance to its k-th nearest point (itself first), by comparing it with every point. */
    private static double[] bruteForceKDistances(double[] x, double[] y, int k, int step) {
        double[] curve = new double[(x.length + step - 1) / step];
        double[] distances = new double[x.length];
        for (int i = 0, m = 0; i < x.length; i += step, m++) {
            Coordinate here = new Coordinate(x[i], y[i]);
            for (int j = 0; j < x.length; j++) {
                distances[j] = here.distance(new Coordinate(x[j], y[j]));
            }
            Arrays.sort(distances);
            curve[m] = distances[k - 1];
        }
        return curve;
    }
}
