package org.linkmap.geo.shape;

import org.linkmap.geo.crs.GridTransform;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The outline of a cluster of incidents: the convex hull of its points, buffered so that a cluster of
 * one place (police.uk puts many incidents on one anonymised point) or a thin line of places is still an
 * area a person can see and click. Works in British National Grid metres; {@link #toWgs84} converts the
 * result for GeoJSON.
 *
 * <p>Stateless and thread-safe.
 */
public final class HotspotShapes {

    private static final GeometryFactory GRID = new GeometryFactory();
    /** Segments per quarter circle of a buffer: smooth enough on a map, few enough vertices to send. */
    private static final int QUADRANT_SEGMENTS = 6;

    private HotspotShapes() {
    }

    /** The buffer around a DBSCAN cluster: half of eps, within 25 to 250 metres, visible yet not swallowing the next street. */
    public static double bufferFor(double epsMetres) {
        return Math.max(25, Math.min(250, epsMetres / 2));
    }

    /**
     * The buffered convex hull of the points {@code members} of ({@code x}, {@code y}).
     *
     * @param bufferMetres distance added around the hull; positive
     */
    public static Polygon bufferedHull(double[] x, double[] y, int[] members, double bufferMetres) {
        return bufferedHull(x, y, members, bufferMetres, false);
    }

    /**
     * The buffered hull of the members, concave when asked: JTS's concave hull with edges no longer than 30% of
     * the range between the shortest and longest possible, which follows an L-shaped or curved cluster (along a
     * street, around a park) instead of bridging the empty space inside it.
     */
    public static Polygon bufferedHull(double[] x, double[] y, int[] members, double bufferMetres, boolean concave) {
        if (members.length == 0) {
            throw new IllegalArgumentException("a hotspot needs at least one point");
        }
        if (!(bufferMetres > 0) || Double.isInfinite(bufferMetres)) {
            throw new IllegalArgumentException("bufferMetres must be a positive number of metres");
        }
        Coordinate[] points = new Coordinate[members.length];
        for (int k = 0; k < members.length; k++) {
            points[k] = new Coordinate(x[members[k]], y[members[k]]);
        }
        Geometry cloud = GRID.createMultiPointFromCoords(points);
        Geometry hull = concave ? ConcaveHull.concaveHullByLengthRatio(cloud, 0.3) : cloud.convexHull();
        Geometry buffered = hull.buffer(bufferMetres, QUADRANT_SEGMENTS);
        return buffered instanceof Polygon polygon ? polygon : (Polygon) buffered.convexHull();
    }

    /** A copy of a polygon in grid metres, converted to WGS84 longitude/latitude. */
    public static Polygon toWgs84(Polygon gridPolygon, GridTransform transform) {
        Polygon copy = (Polygon) gridPolygon.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] lonLat = transform.toWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, lonLat[0]);
                seq.setOrdinate(i, 1, lonLat[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }

    /**
     * The rings of a WGS84 polygon as GeoJSON coordinates (RFC 7946 section 3.1.6): longitude first,
     * the exterior ring counter-clockwise and holes clockwise, each ring closed, rounded to 7 decimal
     * places (about a centimetre).
     */
    public static double[][][] rfc7946Rings(Polygon polygon) {
        double[][][] rings = new double[1 + polygon.getNumInteriorRing()][][];
        rings[0] = ring(polygon.getExteriorRing(), true);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            rings[h + 1] = ring(polygon.getInteriorRingN(h), false);
        }
        return rings;
    }

    private static double[][] ring(LinearRing ring, boolean counterClockwise) {
        Coordinate[] coords = ring.getCoordinates();
        boolean reverse = Orientation.isCCW(coords) != counterClockwise;
        double[][] out = new double[coords.length][];
        for (int k = 0; k < coords.length; k++) {
            Coordinate c = coords[reverse ? coords.length - 1 - k : k];
            out[k] = new double[] {round(c.x), round(c.y)};
        }
        return out;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
