package org.linkmap.geo.cluster;

/**
 * Density-based clustering (DBSCAN; Ester, Kriegel, Sander and Xu, KDD 1996) of points in projected
 * metres.
 *
 * <p>A point is <em>core</em> when at least {@code minPoints} points, itself included, lie within
 * {@code epsMetres} of it (inclusive, Euclidean). Core points within {@code epsMetres} of each other share
 * a cluster; a non-core point within reach of a core point is a <em>border</em> point of that cluster; the
 * rest are noise. These are the conventions of scikit-learn, ELKI and PostGIS, so core points and noise
 * agree with them exactly. A border point within reach of two clusters joins the one expanded first;
 * every tool may differ there, and each answer is valid.
 *
 * <p>Clusters are numbered from 0 in the order of their first core point in the input, so the numbering
 * is stable for a given input order. Neighbour queries use a {@link GridIndex}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Dbscan {

    /** The label of a noise point. */
    public static final int NOISE = -1;

    private final double epsMetres;
    private final int minPoints;

    /**
     * @param epsMetres neighbourhood radius in metres, positive and finite
     * @param minPoints points needed within the radius, the point itself included; at least 1
     */
    public Dbscan(double epsMetres, int minPoints) {
        if (!(epsMetres > 0) || Double.isInfinite(epsMetres)) {
            throw new IllegalArgumentException("epsMetres must be a positive number of metres");
        }
        if (minPoints < 1) {
            throw new IllegalArgumentException("minPoints must be at least 1");
        }
        this.epsMetres = epsMetres;
        this.minPoints = minPoints;
    }

    /** Clusters the points with the given parameters; a convenience for one-off calls. */
    public static Clustering cluster(double[] x, double[] y, double epsMetres, int minPoints) {
        return new Dbscan(epsMetres, minPoints).cluster(x, y);
    }

    /**
     * @param x eastings in metres
     * @param y northings in metres
     */
    public Clustering cluster(double[] x, double[] y) {
        GridIndex index = new GridIndex(x, y, epsMetres);
        int n = x.length;
        boolean[] core = findCorePoints(index, n);
        int[] labels = new int[n];
        java.util.Arrays.fill(labels, NOISE);
        int[] queue = new int[n];
        int clusters = 0;
        for (int seed = 0; seed < n; seed++) {
            if (core[seed] && labels[seed] == NOISE) {
                expand(index, seed, clusters++, core, labels, queue);
            }
        }
        return new Clustering(labels, core, clusters);
    }

    private boolean[] findCorePoints(GridIndex index, int n) {
        boolean[] core = new boolean[n];
        int[] count = new int[1];
        for (int i = 0; i < n; i++) {
            count[0] = 0;
            index.forEachNeighbour(i, epsMetres, j -> ++count[0] < minPoints);
            core[i] = count[0] >= minPoints;
        }
        return core;
    }

    /** Breadth-first growth of one cluster from a core point; {@code queue} is scratch space. */
    private void expand(GridIndex index, int seed, int cluster, boolean[] core, int[] labels, int[] queue) {
        int head = 0;
        int tail = 0;
        labels[seed] = cluster;
        queue[tail++] = seed;
        while (head < tail) {
            int point = queue[head++];
            int[] end = {tail};
            index.forEachNeighbour(point, epsMetres, j -> {
                if (labels[j] == NOISE) {
                    labels[j] = cluster;
                    if (core[j]) {
                        queue[end[0]++] = j;
                    }
                }
                return true;
            });
            tail = end[0];
        }
    }

    public double epsMetres() {
        return epsMetres;
    }

    public int minPoints() {
        return minPoints;
    }
}
