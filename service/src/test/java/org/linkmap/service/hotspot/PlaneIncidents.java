package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.List;

import org.linkmap.geo.crs.GridTransform;

/**
 * Fixtures for the hotspot methods on a plane: a "longitude" and "latitude" that are grid metres already, so
 * distances, cells and densities can be worked out by hand.
 */
final class PlaneIncidents {

    /** Grid metres in, the same numbers out. */
    static final GridTransform PLANE = new GridTransform() {
        @Override
        public double[] toBritishNationalGrid(double longitude, double latitude) {
            return new double[] {longitude, latitude};
        }

        @Override
        public double[] toWgs84(double easting, double northing) {
            return new double[] {easting, northing};
        }
    };

    private PlaneIncidents() {
    }

    static IncidentPoint at(String id, double x, double y) {
        return at(id, x, y, "2026-03-10T20:00:00Z", List.of(), List.of());
    }

    static IncidentPoint at(String id, double x, double y, String occurredAt) {
        return at(id, x, y, occurredAt, List.of(), List.of());
    }

    static IncidentPoint at(String id, double x, double y, String occurredAt, List<String> children, List<String> personsOfInterest) {
        return new IncidentPoint(id, "CONCERN", OffsetDateTime.parse(occurredAt), x, y, children, personsOfInterest);
    }

    /** {@code count} incidents named {@code prefix}1, {@code prefix}2, ... at one point. */
    static List<IncidentPoint> many(String prefix, int count, double x, double y, String occurredAt) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(k -> at(prefix + k, x, y, occurredAt)).toList();
    }

    /** One incident at the centre of each corner cell of a {@code cells} x {@code cells} grid of 100 m cells. */
    static List<IncidentPoint> corners(int cells, String occurredAt) {
        double far = (cells - 1) * 100 + 50;
        return List.of(at("k1", 50, 50, occurredAt), at("k2", far, 50, occurredAt), at("k3", 50, far, occurredAt),
                at("k4", far, far, occurredAt));
    }

    static HotspotParameters parameters(Double eps, Integer minPoints, Double cell, Double bandwidth, Double threshold) {
        return new HotspotParameters(eps, minPoints, cell, bandwidth, null, threshold, null, null, null, null, null);
    }
}
