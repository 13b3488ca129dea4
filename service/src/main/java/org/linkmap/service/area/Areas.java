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
    private final List<AreaBoundaries.DistrictOutline> districts;
    private final Map<String, PreparedGeometry> byDistrict = new LinkedHashMap<>();
    private final Map<String, String> areaOfDistrict = new LinkedHashMap<>();

    Areas(ObjectMapper json) {
        this.areas = AreaBoundaries.read(json, factory);
        areas.forEach(area -> byCode.put(area.code(), PreparedGeometryFactory.prepare(area.outline())));
        this.districts = AreaBoundaries.districts(json, factory);
        districts.forEach(d -> {
            byDistrict.put(d.code(), PreparedGeometryFactory.prepare(d.outline()));
            areaOfDistrict.put(d.code(), d.area());
        });
    }

    /** How people name an area ("Lancashire Central"); any other code, an agency's for example, as it is. */
    public String nameOf(String code) {
        return areas.stream().filter(area -> area.code().equals(code)).map(Area::name).findFirst().orElse(code);
    }

    /** The area codes known, in order. */
    public Set<String> codes() {
        return byCode.keySet();
    }

    /** An area code, or the ONS code of one of the districts that make the areas up. */
    public boolean isKnown(String code) {
        return byCode.containsKey(code) || byDistrict.containsKey(code);
    }

    /** The area a code names or, for a district's code, the area the district belongs to; scope is decided by it. */
    public String footprintOf(String code) {
        return areaOfDistrict.getOrDefault(code, code);
    }

    /** Whether the WGS84 point lies in the area or district (on its boundary counts). */
    public boolean contains(String code, double longitude, double latitude) {
        PreparedGeometry area = byCode.containsKey(code) ? byCode.get(code) : byDistrict.get(code);
        return area != null && area.covers(factory.createPoint(new Coordinate(longitude, latitude)));
    }

    /** The district a WGS84 point lies in, if any, by its ONS code. */
    public Optional<String> districtOf(double longitude, double latitude) {
        org.locationtech.jts.geom.Point point = factory.createPoint(new Coordinate(longitude, latitude));
        return byDistrict.entrySet().stream().filter(e -> e.getValue().covers(point)).map(Map.Entry::getKey).findFirst();
    }

    /** Whether the code names a district rather than an area. */
    public boolean isDistrict(String code) {
        return byDistrict.containsKey(code);
    }

    /** Each district's outline (WGS84, longitude first), for drawing maps that are not web pages. */
    public List<org.locationtech.jts.geom.Geometry> districtOutlines() {
        return districts.stream().map(AreaBoundaries.DistrictOutline::outline).toList();
    }

    /** The districts, each with its own outline and area. */
    List<AreaBoundaries.DistrictOutline> districts() {
        return districts;
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

    /** Every area with its name, districts and outline, in code order. */
    List<Area> all() {
        return areas;
    }
}
