package org.linkmap.geo.density;

import org.linkmap.geo.Extent;

/**
 * A square grid over points in projected metres, holding each cell's count of points. The origin is
 * {@code floor(min / cell) * cell} on each axis, so grids of the same cell size line up whatever the data;
 * every cell of the points' bounding box is present, empty ones too. Cells are numbered row-major from the
 * south-west: {@code index = row * columns + column}.
 */
public final class CountGrid implements Lattice {

    private final double cellMetres;
    private final double originX;
    private final double originY;
    private final int columns;
    private final int rows;
    private final double[] counts;

    private CountGrid(double cellMetres, double originX, double originY, int columns, int rows) {
        this.cellMetres = cellMetres;
        this.originX = originX;
        this.originY = originY;
        this.columns = columns;
        this.rows = rows;
        this.counts = new double[Math.multiplyExact(columns, rows)];
    }

    /** A grid of {@code cellMetres} cells covering the points, with their counts. */
    public static CountGrid of(double[] x, double[] y, double cellMetres) {
        if (!(cellMetres > 0) || Double.isInfinite(cellMetres)) {
            throw new IllegalArgumentException("cellMetres must be a positive number of metres");
        }
        if (x.length == 0) {
            return new CountGrid(cellMetres, 0, 0, 0, 0);
        }
        Extent extent = Extent.of(x, y);
        double originX = Math.floor(extent.minX() / cellMetres) * cellMetres;
        double originY = Math.floor(extent.minY() / cellMetres) * cellMetres;
        long columns = (long) Math.floor((extent.maxX() - originX) / cellMetres) + 1;
        long rows = (long) Math.floor((extent.maxY() - originY) / cellMetres) + 1;
        if (columns * rows > 50_000_000L) {
            throw new IllegalArgumentException("a " + cellMetres + " m grid over these points would have " + columns * rows
                    + " cells; use larger cells or a smaller area");
        }
        CountGrid grid = new CountGrid(cellMetres, originX, originY, (int) columns, (int) rows);
        for (int i = 0; i < x.length; i++) {
            grid.counts[grid.indexOf(x[i], y[i])]++;
        }
        return grid;
    }

    /** A grid with the given counts, row-major from the south-west; for data already counted. */
    public static CountGrid ofCounts(double[] counts, int rows, int columns, double cellMetres) {
        if (counts.length != rows * columns) {
            throw new IllegalArgumentException("expected " + rows * columns + " counts, got " + counts.length);
        }
        CountGrid grid = new CountGrid(cellMetres, 0, 0, columns, rows);
        System.arraycopy(counts, 0, grid.counts, 0, counts.length);
        return grid;
    }

    /** The same cells with other counts (for one time slice of the same area). */
    public CountGrid withCounts(double[] newCounts) {
        CountGrid grid = new CountGrid(cellMetres, originX, originY, columns, rows);
        System.arraycopy(newCounts, 0, grid.counts, 0, newCounts.length);
        return grid;
    }

    /** The cell holding a point; the point must lie in the grid's extent. */
    @Override
    public int indexOf(double x, double y) {
        int column = Math.min(columns - 1, (int) Math.floor((x - originX) / cellMetres));
        int row = Math.min(rows - 1, (int) Math.floor((y - originY) / cellMetres));
        return row * columns + column;
    }

    public boolean contains(double x, double y) {
        return x >= originX && y >= originY && x < originX + columns * cellMetres && y < originY + rows * cellMetres;
    }

    @Override
    public double centreX(int index) {
        return originX + (index % columns + 0.5) * cellMetres;
    }

    @Override
    public double centreY(int index) {
        return originY + (index / columns + 0.5) * cellMetres;
    }

    @Override
    public double[] counts() {
        return counts;
    }

    @Override
    public int size() {
        return counts.length;
    }

    /** The queen neighbourhood: the up to eight surrounding cells and the cell itself. */
    @Override
    public int[] contiguity(int cell) {
        int column = cell % columns;
        int row = cell / columns;
        int[] found = new int[9];
        int k = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int c = column + dx;
                int r = row + dy;
                if (c >= 0 && c < columns && r >= 0 && r < rows) {
                    found[k++] = r * columns + c;
                }
            }
        }
        return java.util.Arrays.copyOf(found, k);
    }

    @Override
    public double[][] ring(int cell) {
        double half = cellMetres / 2;
        double x = centreX(cell);
        double y = centreY(cell);
        return new double[][] {{x - half, y - half}, {x + half, y - half}, {x + half, y + half}, {x - half, y + half}, {x - half, y - half}};
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double cellMetres() {
        return cellMetres;
    }

    public double originX() {
        return originX;
    }

    public double originY() {
        return originY;
    }
}
