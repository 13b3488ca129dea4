package org.linkmap.service.hotspot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the map draws for the incidents in view. Up to {@code maxMarkers} incidents go out one by one (the page
 * clusters them itself and each stays clickable); beyond that they are counted on a grid of about 60 screen
 * pixels at the map's zoom, in Web Mercator like the map, and each cell goes out as one cluster at the mean of
 * its points, with cells of fewer than {@link #SMALLEST_CLUSTER} incidents sent as the incidents themselves.
 * A year of a county is then a few hundred clusters rather than 200,000 features.
 */
final class IncidentClusters {

    static final int SMALLEST_CLUSTER = 4;
    static final double CELL_PIXELS = 60;

    private IncidentClusters() {
    }

    record Cluster(double longitude, double latitude, int count) {
    }

    record Marker(String id, String incidentType, String occurredAt, double longitude, double latitude) {
    }

    record View(int total, boolean clustered, List<Cluster> clusters, List<Marker> incidents) {
    }

    static View of(List<IncidentPoints.Marker> found, int zoom, int maxMarkers) {
        if (found.size() <= maxMarkers) {
            return new View(found.size(), false, List.of(), found.stream().map(IncidentClusters::marker).toList());
        }
        double cell = CELL_PIXELS / (256 * Math.pow(2, zoom));
        Map<Long, List<IncidentPoints.Marker>> cells = new HashMap<>();
        for (IncidentPoints.Marker m : found) {
            long cx = (long) Math.floor(mercatorX(m.longitude()) / cell);
            long cy = (long) Math.floor(mercatorY(m.latitude()) / cell);
            cells.computeIfAbsent(cx * 4_194_304L + cy, k -> new ArrayList<>()).add(m);
        }
        List<Cluster> clusters = new ArrayList<>();
        List<Marker> singles = new ArrayList<>();
        cells.values().forEach(members -> {
            if (members.size() < SMALLEST_CLUSTER) {
                members.forEach(m -> singles.add(marker(m)));
            } else {
                double lon = members.stream().mapToDouble(IncidentPoints.Marker::longitude).average().orElseThrow();
                double lat = members.stream().mapToDouble(IncidentPoints.Marker::latitude).average().orElseThrow();
                clusters.add(new Cluster(round(lon), round(lat), members.size()));
            }
        });
        clusters.sort((a, b) -> Integer.compare(b.count(), a.count()));
        return new View(found.size(), true, clusters, singles);
    }

    /** Web Mercator x in [0, 1) from west to east. */
    static double mercatorX(double longitude) {
        return (longitude + 180) / 360;
    }

    /** Web Mercator y in [0, 1) from north to south. */
    static double mercatorY(double latitude) {
        double sin = Math.sin(Math.toRadians(latitude));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    private static Marker marker(IncidentPoints.Marker m) {
        return new Marker(m.id(), m.incidentType(), m.occurredAt().toString(), round(m.longitude()), round(m.latitude()));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }
}
