package org.linkmap.geo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class EpsSuggestionTest {

    @Test
    void findsTheKneeOfASortedCurve() {
        double[] curve = {1, 1, 1.1, 1.2, 1.2, 1.3, 1.3, 1.4, 1.5, 9, 30, 80};

        assertThat(EpsSuggestion.knee(curve)).isEqualTo(1.5);
    }

    @Test
    void suggestsAnEpsThatRecoversTheBlobsOfTheReferenceSet() throws IOException {
        double[][] xy = DbscanTest.readPoints("points_10k.csv");

        double eps = EpsSuggestion.suggest(xy[0], xy[1], 10);
        Clustering clustering = Dbscan.cluster(xy[0], xy[1], eps, 10);

        assertThat(eps).isBetween(50.0, 600.0);
        assertThat(clustering.clusterCount()).isBetween(100, 400);
        assertThat(clustering.noiseCount()).isBetween(500, 5_000);
    }
}
