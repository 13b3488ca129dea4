package org.linkmap.geo.shape;

import java.util.ArrayList;
import java.util.List;

import org.linkmap.geo.density.CountGrid;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;

/**
 * Joins selected cells of a grid into regions: cells that share an edge or a corner form one region, whose
 * outline is the union of their squares (in grid metres). Used for the densest cells of a kernel density
 * surface and for the significant hot cells of Gi*.
 *
 * <p>Stateless and thread-safe.
 */
public final class CellRegions {

    private static final GeometryFactory GRID = new GeometryFactory();

    /** One region: its outline and the cells in it. */
    public record Region(Polygon outline, int[] cells) {
    }

    private CellRegions() {
    }

    /** The regions formed by the cells where {@code selected} is true. */
    public static List<Region> of(CountGrid grid, boolean[] selected) {
        int[] component = new int[grid.size()];
        java.util.Arrays.fill(component, -1);
        List<Region> regions = new ArrayList<>();
        int[] stack = new int[grid.size()];
        for (int start = 0; start < grid.size(); start++) {
            if (!selected[start] || component[start] >= 0) {
                continue;
            }
            List<Integer> cells = new ArrayList<>();
            int top = 0;
            stack[top++] = start;
            component[start] = regions.size();
            while (top > 0) {
                int cell = stack[--top];
                cells.add(cell);
                for (int neighbour : neighbours(grid, cell)) {
                    if (selected[neighbour] && component[neighbour] < 0) {
                        component[neighbour] = regions.size();
                        stack[top++] = neighbour;
                    }
                }
            }
            regions.add(new Region(outline(grid, cells), cells.stream().mapToInt(Integer::intValue).sorted().toArray()));
        }
        return regions;
    }

    private static int[] neighbours(CountGrid grid, int cell) {
        int column = cell % grid.columns();
        int row = cell / grid.columns();
        int[] found = new int[8];
        int k = 0;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int c = column + dx;
                int r = row + dy;
                if ((dx != 0 || dy != 0) && c >= 0 && c < grid.columns() && r >= 0 && r < grid.rows()) {
                    found[k++] = r * grid.columns() + c;
                }
            }
        }
        return java.util.Arrays.copyOf(found, k);
    }

    /** The union of the cells' squares; cells touching only at a corner give the largest part's outline. */
    private static Polygon outline(CountGrid grid, List<Integer> cells) {
        double half = grid.cellMetres() / 2;
        List<Geometry> squares = new ArrayList<>();
        for (int cell : cells) {
            double x = grid.centreX(cell);
            double y = grid.centreY(cell);
            squares.add(GRID.toGeometry(new Envelope(x - half, x + half, y - half, y + half)));
        }
        Geometry union = CascadedPolygonUnion.union(squares);
        if (union instanceof Polygon polygon) {
            return polygon;
        }
        // Corner-touching cells: a tiny buffer joins them into one outline.
        Geometry joined = union.buffer(grid.cellMetres() * 1e-6);
        return joined instanceof Polygon polygon ? polygon : (Polygon) joined.getGeometryN(0);
    }
}
