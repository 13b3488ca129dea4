package org.linkmap.service.hotspot;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** GeoJSON (RFC 7946) as it leaves the service: WGS84, longitude first. */
final class GeoJson {

    private GeoJson() {
    }

    record Geometry(String type, Object coordinates) {
        static Geometry point(double longitude, double latitude) {
            return new Geometry("Point", new double[] {round(longitude), round(latitude)});
        }

        static Geometry polygon(double[][][] rings) {
            return new Geometry("Polygon", rings);
        }
    }

    record Feature(String type, String id, Geometry geometry, Object properties) {
        Feature(String id, Geometry geometry, Object properties) {
            this("Feature", id, geometry, properties);
        }
    }

    /** A feature collection; {@code metadata} says how it was made (method, parameters, filter). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FeatureCollection(String type, List<Feature> features, Map<String, Object> metadata) {
        FeatureCollection(List<Feature> features, Map<String, Object> metadata) {
            this("FeatureCollection", features, metadata);
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
