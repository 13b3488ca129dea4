package org.linkmap.geo.cluster;

import org.linkmap.geo.Extent;

/**
 * Points in projected metres, sorted into square cells column by column and, within a column, row by row.
 * Each non-empty cell is a contiguous run of the sorted order, so a cell's points are read sequentially, and
 * a cell is found from its column and row by a binary search within the column.
 *
 * <p>Immutable once built.
 */
final class CellGrid {

    final double side;
    final int cellCount;
    /** Coordinates in sorted order. */
    final double[] x;
    final double[] y;
    /** Original index of each sorted position. */
    final int[] order;
    /** Sorted position where each cell starts; {@code cellCount + 1} entries. */
    final int[] cellStart;
    final int[] cellColumn;
    final int[] cellRow;
    /** Cell of each sorted position. */
    final int[] cellOf;

    private final int columns;
    private final int[] columnFirstCell;
    private final double minX;
    private final double minY;

    /** Grids wider than this many columns or rows get larger cells, so the tables stay small. */
    private static final long MAX_CELLS_PER_AXIS = 20_000_000L;

    CellGrid(double[] px, double[] py, double preferredSide) {
        int n = px.length;
        Extent extent = Extent.of(px, py);
        minX = extent.minX();
        minY = extent.minY();
        side = Math.max(preferredSide, Math.max(extent.width(), extent.height()) / MAX_CELLS_PER_AXIS);
        columns = (int) Math.floor(extent.width() / side) + 1;
        int rows = (int) Math.floor(extent.height() / side) + 1;

        int[] column = new int[n];
        int[] row = new int[n];
        for (int i = 0; i < n; i++) {
            column[i] = (int) Math.floor((px[i] - minX) / side);
            row[i] = (int) Math.floor((py[i] - minY) / side);
        }
        int[] byRow = countingSort(null, row, rows, n);
        order = countingSort(byRow, column, columns, n);

        x = new double[n];
        y = new double[n];
        cellOf = new int[n];
        int[] starts = new int[n + 1];
        int[] cols = new int[n];
        int[] rws = new int[n];
        int cells = 0;
        for (int s = 0; s < n; s++) {
            int i = order[s];
            x[s] = px[i];
            y[s] = py[i];
            if (s == 0 || column[i] != cols[cells - 1] || row[i] != rws[cells - 1]) {
                starts[cells] = s;
                cols[cells] = column[i];
                rws[cells] = row[i];
                cells++;
            }
            cellOf[s] = cells - 1;
        }
        starts[cells] = n;
        cellCount = cells;
        cellStart = java.util.Arrays.copyOf(starts, cells + 1);
        cellColumn = java.util.Arrays.copyOf(cols, cells);
        cellRow = java.util.Arrays.copyOf(rws, cells);
        columnFirstCell = new int[columns + 1];
        java.util.Arrays.fill(columnFirstCell, cells);
        for (int c = cells - 1; c >= 0; c--) {
            columnFirstCell[cellColumn[c]] = c;
        }
        for (int col = columns - 1; col >= 0; col--) {
            columnFirstCell[col] = Math.min(columnFirstCell[col], columnFirstCell[col + 1]);
        }
    }

    /** The cell at ({@code column}, {@code row}), or -1 when it is empty or off the grid. */
    int cellAt(int column, int row) {
        if (column < 0 || column >= columns) {
            return -1;
        }
        int lo = columnFirstCell[column];
        int hi = columnFirstCell[column + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (cellRow[mid] < row) {
                lo = mid + 1;
            } else if (cellRow[mid] > row) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    int size(int cell) {
        return cellStart[cell + 1] - cellStart[cell];
    }

    /** A stable counting sort of {@code items} (all indices when null) by {@code key[item]} in {@code [0, buckets)}. */
    private static int[] countingSort(int[] items, int[] key, int buckets, int n) {
        int[] start = new int[buckets + 1];
        for (int k = 0; k < n; k++) {
            start[key[items == null ? k : items[k]] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        int[] sorted = new int[n];
        for (int k = 0; k < n; k++) {
            int item = items == null ? k : items[k];
            sorted[start[key[item]]++] = item;
        }
        return sorted;
    }
}
