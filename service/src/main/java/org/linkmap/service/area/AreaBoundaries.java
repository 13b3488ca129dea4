package org.linkmap.service.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the district boundary file: a GeoJSON FeatureCollection of MultiPolygon districts, each with the ONS
 * {@code code}, the {@code district} name, and the {@code area} code and {@code areaName} of the MACE footprint
 * it belongs to. The districts of one area are joined into one outline.
 */
final class AreaBoundaries {

    static final String RESOURCE = "areas/lancashire-districts.geojson";

    private AreaBoundaries() {
    }

    static List<Area> read(ObjectMapper json, GeometryFactory factory) {
        Map<String, Builder> byCode = new TreeMap<>();
        try (InputStream in = AreaBoundaries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The boundary file " + RESOURCE + " is missing from the classpath");
            }
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode properties = feature.get("properties");
                Builder area = byCode.computeIfAbsent(properties.get("area").asText(),
                        code -> new Builder(code, properties.get("areaName").asText()));
                area.districts.add(new Area.District(properties.get("code").asText(), properties.get("district").asText()));
                for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                    area.polygons.add(polygon(polygon, factory));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return byCode.values().stream().map(b -> b.build(factory)).toList();
    }

    /** A district's own outline, and the area it belongs to. */
    record DistrictOutline(String code, String name, String area, Geometry outline) {
    }

    /** Every district with its own outline, in file order. */
    static List<DistrictOutline> districts(ObjectMapper json, GeometryFactory factory) {
        List<DistrictOutline> districts = new ArrayList<>();
        try (InputStream in = AreaBoundaries.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The boundary file " + RESOURCE + " is missing from the classpath");
            }
            for (JsonNode feature : json.readTree(in).get("features")) {
                JsonNode properties = feature.get("properties");
                List<Polygon> polygons = new ArrayList<>();
                for (JsonNode polygon : feature.get("geometry").get("coordinates")) {
                    polygons.add(polygon(polygon, factory));
                }
                districts.add(new DistrictOutline(properties.get("code").asText(), properties.get("district").asText(),
                        properties.get("area").asText(), factory.createMultiPolygon(polygons.toArray(Polygon[]::new))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return districts;
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory factory) {
        LinearRing shell = ring(rings.get(0), factory);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 1; h < rings.size(); h++) {
            holes[h - 1] = ring(rings.get(h), factory);
        }
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions, GeometryFactory factory) {
        Coordinate[] coords = new Coordinate[positions.size()];
        for (int k = 0; k < positions.size(); k++) {
            coords[k] = new Coordinate(positions.get(k).get(0).asDouble(), positions.get(k).get(1).asDouble());
        }
        return factory.createLinearRing(coords);
    }

    private record Builder(String code, String name, List<Area.District> districts, List<Polygon> polygons) {
        Builder(String code, String name) {
            this(code, name, new ArrayList<>(), new ArrayList<>());
        }

        // buffer(0) dissolves the shared district borders into one outline, as containment has always used.
        Area build(GeometryFactory factory) {
            Geometry union = factory.createMultiPolygon(polygons.toArray(Polygon[]::new)).buffer(0);
            return new Area(code, name, List.copyOf(districts), union);
        }
    }
}
