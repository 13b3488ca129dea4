package org.linkmap.geo.density;

import org.linkmap.geo.Extent;

/**
 * Pointy-topped hexagons over points in projected metres, with each hexagon's count. {@code cellMetres} is the
 * distance between the centres of neighbouring hexagons. Hexagons are stored in "odd-r" offset rows: row r,
 * column c has its centre at {@code (originX + w (c + (r odd ? ½ : 0)), originY + 1.5 R r)}, with
 * {@code w = cellMetres} and circumradius {@code R = w / √3}. A point belongs to the hexagon whose centre is
 * nearest, found by cube-coordinate rounding. Every hexagon of the padded extent is present, empty ones too.
 */
public final class HexGrid implements Lattice {

    private static final int[][] EVEN_ROW = {{1, 0}, {-1, 0}, {0, -1}, {-1, -1}, {0, 1}, {-1, 1}};
    private static final int[][] ODD_ROW = {{1, 0}, {-1, 0}, {1, -1}, {0, -1}, {1, 1}, {0, 1}};

    private final double width;
    private final double radius;
    private final double originX;
    private final double originY;
    private final int columns;
    private final int rows;
    private final double[] counts;

    private HexGrid(double width, double originX, double originY, int columns, int rows) {
        this.width = width;
        this.radius = width / Math.sqrt(3);
        this.originX = originX;
        this.originY = originY;
        this.columns = columns;
        this.rows = rows;
        this.counts = new double[Math.multiplyExact(columns, rows)];
    }

    public static HexGrid of(double[] x, double[] y, double cellMetres) {
        if (!(cellMetres > 0) || Double.isInfinite(cellMetres) || x.length == 0) {
            throw new IllegalArgumentException(x.length == 0 ? "no points to grid" : "cellMetres must be a positive number of metres");
        }
        Extent extent = Extent.of(x, y);
        double rowHeight = 1.5 * cellMetres / Math.sqrt(3);
        double originX = Math.floor(extent.minX() / cellMetres) * cellMetres - cellMetres;
        double originY = Math.floor(extent.minY() / rowHeight) * rowHeight - rowHeight;
        long columns = (long) Math.ceil((extent.maxX() - originX) / cellMetres) + 2;
        long rows = (long) Math.ceil((extent.maxY() - originY) / rowHeight) + 2;
        if (columns * rows > 50_000_000L) {
            throw new IllegalArgumentException("a " + cellMetres + " m hexagon grid over these points would have " + columns * rows
                    + " cells; use larger cells or a smaller area");
        }
        HexGrid grid = new HexGrid(cellMetres, originX, originY, (int) columns, (int) rows);
        for (int i = 0; i < x.length; i++) {
            grid.counts[grid.indexOf(x[i], y[i])]++;
        }
        return grid;
    }

    @Override
    public int indexOf(double x, double y) {
        double px = (x - originX) / radius;
        double py = (y - originY) / radius;
        double q = Math.sqrt(3) / 3 * px - py / 3;
        double r = 2.0 / 3 * py;
        double s = -q - r;
        long rq = Math.round(q);
        long rr = Math.round(r);
        long rs = Math.round(s);
        double dq = Math.abs(rq - q);
        double dr = Math.abs(rr - r);
        double ds = Math.abs(rs - s);
        if (dq > dr && dq > ds) {
            rq = -rr - rs;
        } else if (dr > ds) {
            rr = -rq - rs;
        }
        int row = (int) rr;
        int column = (int) (rq + (rr - (rr & 1)) / 2);
        return Math.max(0, Math.min(rows - 1, row)) * columns + Math.max(0, Math.min(columns - 1, column));
    }

    @Override
    public double centreX(int cell) {
        int row = cell / columns;
        return originX + width * (cell % columns + ((row & 1) == 1 ? 0.5 : 0));
    }

    @Override
    public double centreY(int cell) {
        return originY + 1.5 * radius * (cell / columns);
    }

    @Override
    public int[] contiguity(int cell) {
        int row = cell / columns;
        int column = cell % columns;
        int[][] offsets = (row & 1) == 1 ? ODD_ROW : EVEN_ROW;
        int[] found = new int[7];
        int k = 0;
        found[k++] = cell;
        for (int[] offset : offsets) {
            int c = column + offset[0];
            int r = row + offset[1];
            if (c >= 0 && c < columns && r >= 0 && r < rows) {
                found[k++] = r * columns + c;
            }
        }
        return java.util.Arrays.copyOf(found, k);
    }

    @Override
    public double[][] ring(int cell) {
        double cx = centreX(cell);
        double cy = centreY(cell);
        double[][] ring = new double[7][];
        for (int k = 0; k < 6; k++) {
            double angle = Math.toRadians(30 + 60 * k);
            ring[k] = new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)};
        }
        ring[6] = ring[0];
        return ring;
    }

    @Override
    public int size() {
        return counts.length;
    }

    @Override
    public double[] counts() {
        return counts;
    }

    public double cellMetres() {
        return width;
    }
}
