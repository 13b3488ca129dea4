package org.linkmap.service.mace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;
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
    private static final int MAX_POSITIONS = 20_000;

    private Geometries() {
    }

    /** The geometry, or {@code null} with the reason added to {@code fields} under {@code field}. */
    static Geometry read(Map<String, Object> geoJson, String field, Fields fields) {
        Object type = geoJson.get("type");
        Object coordinates = geoJson.get("coordinates");
        if (!(coordinates instanceof List<?> list) || list.isEmpty()) {
            fields.add(field + ".coordinates", "must be a GeoJSON coordinates array");
            return null;
        }
        try {
            if ("Polygon".equals(type)) {
                return polygon(list);
            }
            if ("MultiPolygon".equals(type)) {
                List<Polygon> parts = new ArrayList<>();
                for (Object part : list) {
                    parts.add(polygon(asList(part)));
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

    private static Polygon polygon(List<?> rings) {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs at least one ring");
        }
        LinearRing shell = ring(asList(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 1; h < rings.size(); h++) {
            holes[h - 1] = ring(asList(rings.get(h)));
        }
        Polygon polygon = FACTORY.createPolygon(shell, holes);
        if (!polygon.isValid()) {
            throw new IllegalArgumentException("must outline a valid polygon (no self-intersection)");
        }
        return polygon;
    }

    private static LinearRing ring(List<?> positions) {
        if (positions.size() < 4 || positions.size() > MAX_POSITIONS) {
            throw new IllegalArgumentException("each ring must have 4 to " + MAX_POSITIONS + " positions");
        }
        Coordinate[] coordinates = new Coordinate[positions.size()];
        for (int k = 0; k < positions.size(); k++) {
            List<?> position = asList(positions.get(k));
            if (position.size() < 2 || !(position.get(0) instanceof Number lon) || !(position.get(1) instanceof Number lat)
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
