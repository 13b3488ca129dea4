package org.linkmap.service.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The areas cases belong to, in WGS84, read once from the district boundaries the service owns
 * ({@code areas/lancashire-districts.geojson}, ONS, Open Government Licence): answers whether a point lies in an
 * area and which area that is. The pages draw the same outlines from {@code GET /api/areas}. Immutable after
 * construction and thread-safe.
 */
@Component
public class Areas {

    private final GeometryFactory factory = new GeometryFactory();
    private final List<Area> areas;
    private final Map<String, PreparedGeometry> byCode = new LinkedHashMap<>();

    Areas(ObjectMapper json) {
        this.areas = AreaBoundaries.read(json, factory);
        areas.forEach(area -> byCode.put(area.code(), PreparedGeometryFactory.prepare(area.outline())));
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

    /** Every area with its name, districts and outline, in code order. */
    List<Area> all() {
        return areas;
    }
}
