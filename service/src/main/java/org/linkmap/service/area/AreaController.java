package org.linkmap.service.area;

import java.util.List;

import org.linkmap.geo.shape.HotspotShapes;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/areas}: the areas as a GeoJSON FeatureCollection (RFC 7946, longitude first), one MultiPolygon
 * feature per area with its code, name and districts, so the pages draw and list the same areas the service
 * authorises by. Boundaries are public data and hold nothing about people, so every signed-in role may read
 * them and no read is audited.
 */
@RestController
class AreaController {

    private final AreaCollection collection;
    private final DistrictCollection districts;

    AreaController(Areas areas) {
        this.collection = new AreaCollection(areas.all().stream().map(AreaController::feature).toList());
        this.districts = new DistrictCollection(areas.districts().stream().map(d -> new DistrictFeature(d.code(),
                new MultiPolygon(rings(d.outline())), new DistrictProperties(d.code(), d.name(), d.area()))).toList());
    }

    @GetMapping("/api/areas")
    AreaCollection areas() {
        return collection;
    }

    /** The districts, each on its own: the map draws their outlines, and each code is a filter's {@code area}. */
    @GetMapping("/api/areas/districts")
    DistrictCollection districts() {
        return districts;
    }

    record DistrictCollection(String type, List<DistrictFeature> features) {
        DistrictCollection(List<DistrictFeature> features) {
            this("FeatureCollection", features);
        }
    }

    record DistrictFeature(String type, String id, MultiPolygon geometry, DistrictProperties properties) {
        DistrictFeature(String id, MultiPolygon geometry, DistrictProperties properties) {
            this("Feature", id, geometry, properties);
        }
    }

    record DistrictProperties(String code, String name, String area) {
    }

    private static AreaFeature feature(Area area) {
        return new AreaFeature(area.code(), new MultiPolygon(rings(area.outline())),
                new AreaProperties(area.code(), area.name(), area.districts()));
    }

    private static double[][][][] rings(Geometry outline) {
        double[][][][] polygons = new double[outline.getNumGeometries()][][][];
        for (int p = 0; p < polygons.length; p++) {
            polygons[p] = HotspotShapes.rfc7946Rings((Polygon) outline.getGeometryN(p));
        }
        return polygons;
    }

    record AreaCollection(String type, List<AreaFeature> features) {
        AreaCollection(List<AreaFeature> features) {
            this("FeatureCollection", features);
        }
    }

    record AreaFeature(String type, String id, MultiPolygon geometry, AreaProperties properties) {
        AreaFeature(String id, MultiPolygon geometry, AreaProperties properties) {
            this("Feature", id, geometry, properties);
        }
    }

    record MultiPolygon(String type, double[][][][] coordinates) {
        MultiPolygon(double[][][][] coordinates) {
            this("MultiPolygon", coordinates);
        }
    }

    record AreaProperties(String code, String name, List<Area.District> districts) {
    }
}
