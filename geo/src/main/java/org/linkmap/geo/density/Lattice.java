package org.linkmap.geo.density;

/**
 * Cells tiling an area in projected metres, each with a count: square ({@link CountGrid}) or hexagonal
 * ({@link HexGrid}). Gi* and the joining of hot cells into regions work on either.
 */
public interface Lattice {

    int size();

    /** Each cell's count of points; the array is the lattice's own. */
    double[] counts();

    /** The cell holding a point of the lattice's extent. */
    int indexOf(double x, double y);

    double centreX(int cell);

    double centreY(int cell);

    /** The cells touching {@code cell} (edge or corner for squares, edge for hexagons), and the cell itself. */
    int[] contiguity(int cell);

    /** The cell's outline in metres, counter-clockwise and closed: {@code [x, y]} corners. */
    double[][] ring(int cell);
}
