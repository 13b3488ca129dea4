package org.linkmap.service.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Area boundaries in WGS84, from the district GeoJSON the map draws ({@code static/data/lancashire-districts.geojson},
 * ONS, Open Government Licence), each district tagged with the MACE area it belongs to. Answers whether a point
 * lies in an area. Immutable after construction.
 */
@Component
public class Areas {

    private static final String BOUNDARIES = "static/data/lancashire-districts.geojson";

    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, PreparedGeometry> byCode;

    Areas(ObjectMapper json) {
        this.byCode = load(json);
    }

    /** The area codes known, in order. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    public boolean isKnown(String code) {
        return byCode.containsKey(code);
    }

    /** Whether the WGS84 point lies in the area (on its boundary counts). */
    public boolean contains(String code, double longitude, double latitude) {
        PreparedGeometry area = byCode.get(code);
        return area != null && area.covers(factory.createPoint(new Coordinate(longitude, latitude)));
    }

    /** The area a WGS84 point lies in, if any. */
    public Optional<String> areaOf(double longitude, double latitude) {
        return byCode.keySet().stream().filter(code -> contains(code, longitude, latitude)).findFirst();
    }

    /** The area's bounding box in WGS84 degrees, {@code [minLon, minLat, maxLon, maxLat]}, if the area is known. */
    public Optional<double[]> bounds(String code) {
        PreparedGeometry area = byCode.get(code);
        if (area == null) {
            return Optional.empty();
        }
        var box = area.getGeometry().getEnvelopeInternal();
        return Optional.of(new double[] {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()});
    }

    private Map<String, PreparedGeometry> load(ObjectMapper json) {
        Map<String, List<Polygon>> polygons = new HashMap<>();
        try (InputStream in = Areas.class.getClassLoader().getResourceAsStream(BOUNDARIES)) {
            if (in == null) {
                throw new IllegalStateException("The boundary file " + BOUNDARIES + " is missing from the classpath");
            }
            for (JsonNode feature : json.readTree(in).get("features")) {
                String area = feature.get("properties").get("area").asText();
                for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                    polygons.computeIfAbsent(area, a -> new ArrayList<>()).add(polygon(polygon));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, PreparedGeometry> prepared = new TreeMap<>();
        polygons.forEach((area, parts) -> {
            Geometry union = factory.createMultiPolygon(parts.toArray(Polygon[]::new)).buffer(0);
            prepared.put(area, PreparedGeometryFactory.prepare(union));
        });
        return prepared;
    }

    private Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 1; h < rings.size(); h++) {
            holes[h - 1] = ring(rings.get(h));
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode positions) {
        Coordinate[] coords = new Coordinate[positions.size()];
        for (int k = 0; k < positions.size(); k++) {
            coords[k] = new Coordinate(positions.get(k).get(0).asDouble(), positions.get(k).get(1).asDouble());
        }
        return factory.createLinearRing(coords);
    }
}
