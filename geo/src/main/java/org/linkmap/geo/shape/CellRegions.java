package org.linkmap.geo.shape;

import java.util.ArrayList;
import java.util.List;

import org.linkmap.geo.density.Lattice;
import org.locationtech.jts.geom.Coordinate;
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
    public static List<Region> of(Lattice grid, boolean[] selected) {
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
                for (int neighbour : grid.contiguity(cell)) {
                    if (neighbour != cell && selected[neighbour] && component[neighbour] < 0) {
                        component[neighbour] = regions.size();
                        stack[top++] = neighbour;
                    }
                }
            }
            regions.add(new Region(outline(grid, cells), cells.stream().mapToInt(Integer::intValue).sorted().toArray()));
        }
        return regions;
    }

    /** The union of the cells' outlines; squares touching only at a corner are joined by a tiny buffer. */
    private static Polygon outline(Lattice grid, List<Integer> cells) {
        List<Geometry> shapes = new ArrayList<>();
        double size = 0;
        for (int cell : cells) {
            double[][] ring = grid.ring(cell);
            Coordinate[] coordinates = new Coordinate[ring.length];
            for (int k = 0; k < ring.length; k++) {
                coordinates[k] = new Coordinate(ring[k][0], ring[k][1]);
            }
            Polygon shape = GRID.createPolygon(coordinates);
            size = Math.max(size, shape.getEnvelopeInternal().getWidth());
            shapes.add(shape);
        }
        Geometry union = CascadedPolygonUnion.union(shapes);
        if (union instanceof Polygon polygon) {
            return polygon;
        }
        Geometry joined = union.buffer(size * 1e-6);
        return joined instanceof Polygon polygon ? polygon : (Polygon) joined.getGeometryN(0);
    }
}
