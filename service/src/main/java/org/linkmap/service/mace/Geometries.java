package org.linkmap.service.mace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.model.submission.ServiceRegion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A hotspot's outline as a client sends it: a GeoJSON Polygon or MultiPolygon (RFC 7946: WGS84, longitude
 * first). Read into JTS in degrees, and projected to British National Grid metres where distances matter.
 */
final class Geometries {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    static final int MAX_POSITIONS = 5_000;
    static final int MAX_PARTS = 50;

    private Geometries() {
    }

    /**
     * A client's outline, or {@code null} with the reason added to {@code fields} under {@code field}. The outline
     * must lie in the service region and be of a size a hotspot has: at most {@value #MAX_PARTS} parts, which must
     * not overlap, and {@value #MAX_POSITIONS} positions in all. An outline of thousands of overlapping squares
     * would otherwise be stored, and buffering it for the disruption's effect would exhaust the service's memory.
     */
    static Geometry read(Map<String, Object> geoJson, String field, Fields fields, ServiceRegion region) {
        Geometry outline = read(geoJson, field, fields, new Limits(MAX_PARTS, MAX_POSITIONS));
        if (outline == null) {
            return null;
        }
        if (!outline.isValid()) {
            fields.add(field + ".coordinates", "the parts of a MultiPolygon must not overlap");
            return null;
        }
        for (Coordinate c : outline.getCoordinates()) {
            if (!region.contains(c.x, c.y)) {
                fields.add(field + ".coordinates", region.outside(String.format(Locale.ROOT, "the position [%s, %s]", c.x, c.y)));
                return null;
            }
        }
        return outline;
    }

    /** An outline the service stored itself (a tasking's or campaign's), read back as it was written. */
    static Geometry readStored(Map<String, Object> geoJson) {
        Fields ignored = new Fields();
        return read(geoJson, "hotspot", ignored, new Limits(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }

    /** How many parts and positions an outline may have; counts the positions read so far. */
    private static final class Limits {
        private final int parts;
        private final int positions;
        private int read;

        Limits(int parts, int positions) {
            this.parts = parts;
            this.positions = positions;
        }

        void count(int more) {
            read += more;
            if (read > positions) {
                throw new IllegalArgumentException("an outline may have at most " + positions + " positions in all");
            }
        }
    }

    private static Geometry read(Map<String, Object> geoJson, String field, Fields fields, Limits limits) {
        Object type = geoJson.get("type");
        Object coordinates = geoJson.get("coordinates");
        if (!(coordinates instanceof List<?> list) || list.isEmpty()) {
            fields.add(field + ".coordinates", "must be a GeoJSON coordinates array");
            return null;
        }
        try {
            if ("Polygon".equals(type)) {
                return polygon(list, limits);
            }
            if ("MultiPolygon".equals(type)) {
                if (list.size() > limits.parts) {
                    throw new IllegalArgumentException("a MultiPolygon may have at most " + limits.parts + " parts");
                }
                List<Polygon> parts = new ArrayList<>();
                for (Object part : list) {
                    parts.add(polygon(asList(part), limits));
                }
                return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
            }
            fields.add(field + ".type", "must be Polygon or MultiPolygon");
        } catch (IllegalArgumentException bad) {
            fields.add(field + ".coordinates", bad.getMessage());
        }
        return null;
    }

    /** The geometry in British National Grid metres. */
    static Geometry toGrid(Geometry wgs84, GridTransform grid) {
        Geometry copy = wgs84.copy();
        copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
            double[] en = grid.toBritishNationalGrid(c.x, c.y);
            c.x = en[0];
            c.y = en[1];
        });
        copy.geometryChanged();
        return copy;
    }

    static Geometry point(double x, double y) {
        return FACTORY.createPoint(new Coordinate(x, y));
    }

    private static Polygon polygon(List<?> rings, Limits limits) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(asList(rings.get(0)), limits);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 1; h < rings.size(); h++) {
            holes[h - 1] = ring(asList(rings.get(h)), limits);
        }
        Polygon polygon = FACTORY.createPolygon(shell, holes);
        if (!polygon.isValid()) {
            throw new IllegalArgumentException("must outline a valid polygon (no self-intersection)");
        }
        return polygon;
    }

    private static LinearRing ring(List<?> positions, Limits limits) {
        if (positions.size() < 4) {
            throw new IllegalArgumentException("each ring must have at least 4 positions");
        }
        limits.count(positions.size());
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int k = 0; k < positions.size(); k++) {
            List<?> position = asList(positions.get(k));
            if (position.size() != 2 || !(position.get(0) instanceof Number lon) || !(position.get(1) instanceof Number lat)
                    || Math.abs(lon.doubleValue()) > 180 || Math.abs(lat.doubleValue()) > 90) {
                throw new IllegalArgumentException("each position must be [longitude, latitude] in WGS84 degrees");
            }
            coordinates[k] = new Coordinate(lon.doubleValue(), lat.doubleValue());
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("each ring must end where it starts");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private static List<?> asList(Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("must be nested arrays of positions");
    }
}
