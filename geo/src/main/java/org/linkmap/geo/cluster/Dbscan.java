package org.linkmap.geo.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.linkmap.geo.Cancellation;

/**
 * Density-based clustering (DBSCAN; Ester, Kriegel, Sander and Xu, KDD 1996) of points in projected
 * metres, computed exactly on a grid (after Gunawan, 2013, and Gan and Tao, SIGMOD 2015).
 *
 * <p>A point is <em>core</em> when at least {@code minPoints} points, itself included, lie within
 * {@code epsMetres} of it (inclusive, Euclidean). Core points within {@code epsMetres} of each other share
 * a cluster; a non-core point within reach of a core point is a <em>border</em> point of one such cluster;
 * the rest are noise. These are the conventions of scikit-learn, ELKI and PostGIS, so core points and noise
 * agree with them exactly. A border point within reach of two clusters may join either; every tool differs there.
 *
 * <p>How: the plane is cut into square cells of side {@code eps/√2}, so any two points of one cell are
 * neighbours. A cell holding {@code minPoints} points is core throughout without measuring a distance, which
 * is what makes dense data (police.uk puts about ten incidents on each anonymised point) fast. Other points
 * count neighbours in the 21 cells that can hold them, stopping at {@code minPoints}. Cells with core points
 * are joined by union-find when a core point of one is within eps of a core point of the other; a cell
 * pair already joined is not measured again. Border points take the cluster of the first core point found
 * within eps. Time is near linear for data of bounded density; memory is a few arrays of the input's length.
 *
 * <p>Clusters are numbered from 0 in the order of their first core point in the input, so the numbering
 * is stable for a given input order. Instances are immutable and thread-safe.
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
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length");
        }
        CellGrid grid = new CellGrid(x, y, epsMetres / Math.sqrt(2));
        int[][] offsets = neighbourOffsets(grid.side);
        boolean[] core = findCorePoints(grid, offsets);
        boolean[] coreCell = new boolean[grid.cellCount];
        for (int s = 0; s < core.length; s++) {
            coreCell[grid.cellOf[s]] |= core[s];
        }
        int[] parent = joinCells(grid, offsets, core, coreCell);
        return label(grid, offsets, core, parent);
    }

    /** Cell offsets whose cells can hold a point within eps of a point in the centre cell, nearest first. */
    private int[][] neighbourOffsets(double side) {
        int reach = (int) Math.ceil(epsMetres / side);
        List<int[]> offsets = new ArrayList<>();
        for (int dx = -reach; dx <= reach; dx++) {
            for (int dy = -reach; dy <= reach; dy++) {
                double gapX = Math.max(0, Math.abs(dx) - 1) * side;
                double gapY = Math.max(0, Math.abs(dy) - 1) * side;
                if (gapX * gapX + gapY * gapY <= epsMetres * epsMetres) {
                    offsets.add(new int[] {dx, dy});
                }
            }
        }
        offsets.sort((a, b) -> Integer.compare(a[0] * a[0] + a[1] * a[1], b[0] * b[0] + b[1] * b[1]));
        return offsets.toArray(int[][]::new);
    }

    private boolean sameCellIsNeighbourhood(CellGrid grid) {
        return grid.side * Math.sqrt(2) <= epsMetres;
    }

    private boolean[] findCorePoints(CellGrid grid, int[][] offsets) {
        boolean[] core = new boolean[grid.x.length];
        double eps2 = epsMetres * epsMetres;
        boolean shortcut = sameCellIsNeighbourhood(grid);
        for (int cell = 0; cell < grid.cellCount; cell++) {
            Cancellation.check(cell);
            int from = grid.cellStart[cell];
            int to = grid.cellStart[cell + 1];
            if (shortcut && to - from >= minPoints) {
                Arrays.fill(core, from, to, true);
                continue;
            }
            for (int p = from; p < to; p++) {
                core[p] = countNeighbours(grid, offsets, cell, p, eps2, shortcut) >= minPoints;
            }
        }
        return core;
    }

    /** Neighbours of sorted point {@code p}, itself included, counted up to {@code minPoints}. */
    private int countNeighbours(CellGrid grid, int[][] offsets, int cell, int p, double eps2, boolean shortcut) {
        int count = 0;
        for (int[] offset : offsets) {
            int other = grid.cellAt(grid.cellColumn[cell] + offset[0], grid.cellRow[cell] + offset[1]);
            if (other < 0) {
                continue;
            }
            if (other == cell && shortcut) {
                count += grid.size(cell);
            } else {
                for (int q = grid.cellStart[other]; q < grid.cellStart[other + 1]; q++) {
                    double dx = grid.x[q] - grid.x[p];
                    double dy = grid.y[q] - grid.y[p];
                    if (dx * dx + dy * dy <= eps2) {
                        count++;
                    }
                }
            }
            if (count >= minPoints) {
                return count;
            }
        }
        return count;
    }

    /** Union-find over cells: two cells with core points within eps of each other share a parent. */
    private int[] joinCells(CellGrid grid, int[][] offsets, boolean[] core, boolean[] coreCell) {
        int[] parent = new int[grid.cellCount];
        for (int c = 0; c < parent.length; c++) {
            parent[c] = c;
        }
        double eps2 = epsMetres * epsMetres;
        for (int a = 0; a < grid.cellCount; a++) {
            Cancellation.check(a);
            if (!coreCell[a]) {
                continue;
            }
            for (int[] offset : offsets) {
                boolean forward = offset[0] > 0 || offset[0] == 0 && offset[1] > 0;
                if (!forward) {
                    continue;
                }
                int b = grid.cellAt(grid.cellColumn[a] + offset[0], grid.cellRow[a] + offset[1]);
                if (b < 0 || !coreCell[b] || find(parent, a) == find(parent, b)) {
                    continue;
                }
                if (coreWithinReach(grid, core, a, b, eps2)) {
                    parent[find(parent, a)] = find(parent, b);
                }
            }
        }
        return parent;
    }

    private static boolean coreWithinReach(CellGrid grid, boolean[] core, int a, int b, double eps2) {
        for (int p = grid.cellStart[a]; p < grid.cellStart[a + 1]; p++) {
            if (!core[p]) {
                continue;
            }
            for (int q = grid.cellStart[b]; q < grid.cellStart[b + 1]; q++) {
                double dx = grid.x[q] - grid.x[p];
                double dy = grid.y[q] - grid.y[p];
                if (core[q] && dx * dx + dy * dy <= eps2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int find(int[] parent, int c) {
        while (parent[c] != c) {
            parent[c] = parent[parent[c]];
            c = parent[c];
        }
        return c;
    }

    /** Numbers clusters in input order of their first core point, then gives border points a neighbouring cluster. */
    private Clustering label(CellGrid grid, int[][] offsets, boolean[] core, int[] parent) {
        int n = grid.x.length;
        int[] position = new int[n];
        for (int s = 0; s < n; s++) {
            position[grid.order[s]] = s;
        }
        int[] clusterOfRoot = new int[grid.cellCount];
        Arrays.fill(clusterOfRoot, NOISE);
        int[] labels = new int[n];
        boolean[] isCore = new boolean[n];
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            int s = position[i];
            isCore[i] = core[s];
            if (core[s]) {
                int root = find(parent, grid.cellOf[s]);
                if (clusterOfRoot[root] == NOISE) {
                    clusterOfRoot[root] = clusters++;
                }
                labels[i] = clusterOfRoot[root];
            } else {
                labels[i] = NOISE;
            }
        }
        double eps2 = epsMetres * epsMetres;
        for (int i = 0; i < n; i++) {
            if (!isCore[i]) {
                labels[i] = borderCluster(grid, offsets, core, parent, clusterOfRoot, position[i], eps2);
            }
        }
        return new Clustering(labels, isCore, clusters);
    }

    private static int borderCluster(CellGrid grid, int[][] offsets, boolean[] core, int[] parent, int[] clusterOfRoot,
                                     int p, double eps2) {
        int cell = grid.cellOf[p];
        for (int[] offset : offsets) {
            int other = grid.cellAt(grid.cellColumn[cell] + offset[0], grid.cellRow[cell] + offset[1]);
            if (other < 0) {
                continue;
            }
            for (int q = grid.cellStart[other]; q < grid.cellStart[other + 1]; q++) {
                double dx = grid.x[q] - grid.x[p];
                double dy = grid.y[q] - grid.y[p];
                if (core[q] && dx * dx + dy * dy <= eps2) {
                    return clusterOfRoot[find(parent, other)];
                }
            }
        }
        return NOISE;
    }

    public double epsMetres() {
        return epsMetres;
    }

    public int minPoints() {
        return minPoints;
    }
}
