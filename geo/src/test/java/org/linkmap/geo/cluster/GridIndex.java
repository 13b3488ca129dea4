package org.linkmap.geo.cluster;

/**
 * A uniform grid over points in projected metres, for fixed-radius neighbour queries. The tests use it as a
 * neighbour search independent of {@link Dbscan}'s own grid, to check border points.
 *
 * <p>The points are counting-sorted by cell, column by column and, within a column, row by row, so
 * the points of any run of vertically adjacent cells are contiguous. A query for a radius no larger
 * than the cell size therefore visits three contiguous runs, found by binary search, and touches no
 * other memory. Cells are at least the query radius wide; on sparse data spread thinly they are made
 * wider so that the column table never grows beyond a few entries per point.
 *
 * <p>Immutable once built, so safe to query from several threads.
 */
public final class GridIndex {

    private final double cell;
    private final double minX;
    private final double minY;
    private final int columns;
    /** Original index of each point, in sorted order. */
    private final int[] order;
    private final double[] sortedX;
    private final double[] sortedY;
    /** Row of each point, in sorted order. */
    private final int[] sortedRow;
    /** Sorted position at which each column starts; {@code columns + 1} entries. */
    private final int[] columnStart;
    /** Sorted position of each original index. */
    private final int[] position;

    /**
     * @param x         eastings in metres; not NaN
     * @param y         northings in metres; not NaN
     * @param minCellMetres the smallest cell size: the largest radius that will be queried
     */
    public GridIndex(double[] x, double[] y, double minCellMetres) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same length");
        }
        if (!(minCellMetres > 0) || Double.isInfinite(minCellMetres)) {
            throw new IllegalArgumentException("cell size must be a positive number of metres");
        }
        int n = x.length;
        org.linkmap.geo.Extent extent = org.linkmap.geo.Extent.of(x, y);
        double[] bounds = {extent.minX(), extent.minY(), extent.maxX(), extent.maxY()};
        minX = bounds[0];
        minY = bounds[1];
        double spanX = bounds[2] - minX;
        double maxColumns = Math.max(1024, 2.0 * n);
        cell = Math.max(minCellMetres, spanX / maxColumns);
        columns = (int) Math.floor(spanX / cell) + 1;
        int rows = (int) Math.min(Integer.MAX_VALUE - 1, Math.floor((bounds[3] - minY) / cell) + 1);

        int[] column = new int[n];
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            column[i] = columnOf(x[i]);
            row[i] = rowOf(y[i]);
        }
        int[] byRow = countingSort(identity(n), row, rows);
        order = countingSort(byRow, column, columns);
        columnStart = starts(column, columns);
        sortedX = new double[n];
        sortedY = new double[n];
        sortedRow = new int[n];
        position = new int[n];
        for (int s = 0; s < n; s++) {
            int i = order[s];
            position[i] = s;
            sortedX[s] = x[i];
            sortedY[s] = y[i];
            sortedRow[s] = row[i];
        }
    }

    /** The number of indexed points. */
    public int size() {
        return order.length;
    }

    /** The cell size in metres actually used. */
    public double cellMetres() {
        return cell;
    }

    /** Receives each neighbour found by a query, as its original index. */
    @FunctionalInterface
    public interface NeighbourVisitor {
        /** @return false to stop the query early */
        boolean visit(int index);
    }

    /**
     * Visits every point within {@code radius} metres (inclusive) of point {@code index}, the point
     * itself included. {@code radius} must not exceed {@link #cellMetres()}.
     */
    public void forEachNeighbour(int index, double radius, NeighbourVisitor visitor) {
        double px = pointX(index);
        double py = pointY(index);
        double r2 = radius * radius;
        int c = columnOf(px);
        int r = rowOf(py);
        for (int col = Math.max(0, c - 1); col <= Math.min(columns - 1, c + 1); col++) {
            int from = lowerBound(columnStart[col], columnStart[col + 1], r - 1);
            int to = lowerBound(from, columnStart[col + 1], r + 2);
            for (int s = from; s < to; s++) {
                double dx = sortedX[s] - px;
                double dy = sortedY[s] - py;
                if (dx * dx + dy * dy <= r2 && !visitor.visit(order[s])) {
                    return;
                }
            }
        }
    }

    private double pointX(int index) {
        return sortedX[positionOf(index)];
    }

    private double pointY(int index) {
        return sortedY[positionOf(index)];
    }

    private int positionOf(int index) {
        return position[index];
    }

    private int columnOf(double x) {
        return (int) Math.floor((x - minX) / cell);
    }

    private int rowOf(double y) {
        return (int) Math.floor((y - minY) / cell);
    }

    /** The first sorted position in {@code [from, to)} whose row is at least {@code row}. */
    private int lowerBound(int from, int to, int row) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sortedRow[mid] < row) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }

    /** A stable counting sort of {@code items} by {@code key[item]}, keys in {@code [0, buckets)}. */
    private static int[] countingSort(int[] items, int[] key, int buckets) {
        int[] start = new int[buckets + 1];
        for (int item : items) {
            start[key[item] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] sorted = new int[items.length];
        for (int item : items) {
            sorted[start[key[item]]++] = item;
        }
        return sorted;
    }

    private static int[] starts(int[] key, int buckets) {
        int[] start = new int[buckets + 1];
        for (int k : key) {
            start[k + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        return start;
    }
}
