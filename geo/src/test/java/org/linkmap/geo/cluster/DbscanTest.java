package org.linkmap.geo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DbscanTest {

    @ParameterizedTest(name = "{0} eps {2} minPoints {3}")
    @CsvSource({
            "points_10k.csv, sklearn_10k_eps150_min10.csv, 150, 10",
            "lancashire_2021_06_bng.csv, sklearn_lancs_eps150_min20.csv, 150, 20",
            "lancashire_2021_06_bng.csv, sklearn_lancs_eps300_min50.csv, 300, 50"})
    void agreesWithScikitLearnOnCorePointsAndNoise(String points, String labels, double eps, int minPoints) throws IOException {
        double[][] xy = readPoints(points);
        Reference reference = readLabels(labels);

        Clustering ours = Dbscan.cluster(xy[0], xy[1], eps, minPoints);

        assertThat(ours.core()).containsExactly(reference.core);
        assertSamePartitionOfCorePoints(ours, reference);
        assertBorderPointsJoinANeighbouringCluster(ours, xy, eps);
        assertThat(ours.noiseCount()).isEqualTo(countNoise(reference.labels));
    }

    @Test
    void shufflingTheInputDoesNotChangeThePartition() throws IOException {
        double[][] xy = readPoints("points_10k.csv");
        int n = xy[0].length;
        int[] permutation = shuffled(n, new Random(7));
        double[] sx = new double[n];
        double[] sy = new double[n];
        for (int k = 0; k < n; k++) {
            sx[k] = xy[0][permutation[k]];
            sy[k] = xy[1][permutation[k]];
        }

        Clustering original = Dbscan.cluster(xy[0], xy[1], 150, 10);
        Clustering shuffled = Dbscan.cluster(sx, sy, 150, 10);

        Map<Integer, Integer> mapping = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int i = permutation[k];
            assertThat(shuffled.core()[k]).isEqualTo(original.core()[i]);
            if (original.core()[i]) {
                Integer previous = mapping.putIfAbsent(original.labels()[i], shuffled.labels()[k]);
                assertThat(previous == null || previous == shuffled.labels()[k]).isTrue();
            }
        }
        assertThat(shuffled.clusterCount()).isEqualTo(original.clusterCount());
    }

    @Test
    void countsThePointItselfAndTreatsEpsAsInclusive() {
        double[] x = {0, 10, 20, 1000};
        double[] y = {0, 0, 0, 0};

        Clustering clustering = Dbscan.cluster(x, y, 10, 3);

        assertThat(clustering.core()).containsExactly(false, true, false, false);
        assertThat(clustering.labels()).containsExactly(0, 0, 0, Dbscan.NOISE);
    }

    @Test
    void clustersIdenticalPointsAsOnePlace() {
        double[] x = {5, 5, 5, 5, 5, 400};
        double[] y = {5, 5, 5, 5, 5, 400};

        Clustering clustering = Dbscan.cluster(x, y, 1, 5);

        assertThat(clustering.clusterCount()).isEqualTo(1);
        assertThat(clustering.labels()).containsExactly(0, 0, 0, 0, 0, Dbscan.NOISE);
    }

    @Test
    void rejectsParametersThatCannotCluster() {
        assertThatThrownBy(() -> new Dbscan(0, 5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("epsMetres");
        assertThatThrownBy(() -> new Dbscan(Double.NaN, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dbscan(100, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minPoints");
        assertThatThrownBy(() -> Dbscan.cluster(new double[] {Double.NaN}, new double[] {0}, 10, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("point 0");
    }

    @Test
    void clustersNothingWhenThereAreNoPoints() {
        Clustering clustering = Dbscan.cluster(new double[0], new double[0], 150, 5);

        assertThat(clustering.clusterCount()).isZero();
    }

    private static void assertSamePartitionOfCorePoints(Clustering ours, Reference reference) {
        Map<Integer, Integer> oursToTheirs = new HashMap<>();
        Map<Integer, Integer> theirsToOurs = new HashMap<>();
        for (int i = 0; i < reference.labels.length; i++) {
            if (!reference.core[i]) {
                continue;
            }
            int mine = ours.labels()[i];
            int theirs = reference.labels[i];
            assertThat(oursToTheirs.computeIfAbsent(mine, k -> theirs)).as("core point %d", i).isEqualTo(theirs);
            assertThat(theirsToOurs.computeIfAbsent(theirs, k -> mine)).as("core point %d", i).isEqualTo(mine);
        }
        assertThat(ours.clusterCount()).isEqualTo(oursToTheirs.size());
    }

    private static void assertBorderPointsJoinANeighbouringCluster(Clustering ours, double[][] xy, double eps) {
        GridIndex index = new GridIndex(xy[0], xy[1], eps);
        for (int i = 0; i < xy[0].length; i++) {
            if (ours.core()[i] || ours.labels()[i] == Dbscan.NOISE) {
                continue;
            }
            int label = ours.labels()[i];
            boolean[] reached = {false};
            index.forEachNeighbour(i, eps, j -> {
                reached[0] |= ours.core()[j] && ours.labels()[j] == label;
                return !reached[0];
            });
            assertThat(reached[0]).as("border point %d is within eps of a core point of its cluster", i).isTrue();
        }
    }

    private static long countNoise(int[] labels) {
        return java.util.Arrays.stream(labels).filter(l -> l == -1).count();
    }

    private static int[] shuffled(int n, Random random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    private record Reference(int[] labels, boolean[] core) {
    }

    static double[][] readPoints(String name) throws IOException {
        List<String[]> rows = readCsv(name);
        double[][] xy = new double[2][rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            xy[0][i] = Double.parseDouble(rows.get(i)[1]);
            xy[1][i] = Double.parseDouble(rows.get(i)[2]);
        }
        return xy;
    }

    private static Reference readLabels(String name) throws IOException {
        List<String[]> rows = readCsv(name);
        int[] labels = new int[rows.size()];
        boolean[] core = new boolean[rows.size()];
        for (String[] row : rows) {
            int id = Integer.parseInt(row[0]);
            labels[id] = Integer.parseInt(row[1]);
            core[id] = row[2].equals("1");
        }
        return new Reference(labels, core);
    }

    private static List<String[]> readCsv(String name) throws IOException {
        var stream = DbscanTest.class.getResourceAsStream("/reference/dbscan/" + name);
        assertThat(stream).as(name).isNotNull();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(","));
            }
            return rows;
        }
    }
}
