package org.linkmap.service.hotspot;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.linkmap.geo.cluster.Clustering;
import org.linkmap.geo.cluster.Dbscan;
import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.shape.HotspotShapes;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

/**
 * Finds hotspots among incidents with DBSCAN in British National Grid metres, outlines each cluster with
 * its buffered convex hull, and ranks them.
 *
 * <p>Score: incidents count once, and every distinct child or person of interest involved counts twice
 * more, so a place where many known people meet outranks a place of many anonymous reports. Ties go to the
 * larger cluster. A hotspot's id is derived from the method and its incidents, so the same data and
 * parameters always give the same id, and {@code GET /api/hotspots/{id}} can find it again.
 */
@Component
class HotspotDetection {

    /** Weight of each distinct child or person of interest in the score. */
    static final double PERSON_WEIGHT = 2.0;

    private final GridTransform grid;

    HotspotDetection(GridTransform grid) {
        this.grid = grid;
    }

    List<Hotspot> dbscan(List<IncidentPoint> incidents, double epsMetres, int minPoints) {
        int n = incidents.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] en = grid.toBritishNationalGrid(incidents.get(i).longitude(), incidents.get(i).latitude());
            x[i] = en[0];
            y[i] = en[1];
        }
        Clustering clustering = Dbscan.cluster(x, y, epsMetres, minPoints);
        double buffer = bufferMetres(epsMetres);
        List<Hotspot> hotspots = new ArrayList<>();
        for (int[] members : clustering.members()) {
            Polygon outline = HotspotShapes.toWgs84(HotspotShapes.bufferedHull(x, y, members, buffer), grid);
            hotspots.add(summarise("dbscan", incidents, members, HotspotShapes.rfc7946Rings(outline)));
        }
        return rank(hotspots);
    }

    /** Half of eps around the hull, within 25 to 250 metres: visible, yet not swallowing the next street. */
    static double bufferMetres(double epsMetres) {
        return Math.max(25, Math.min(250, epsMetres / 2));
    }

    private static Hotspot summarise(String method, List<IncidentPoint> incidents, int[] members, double[][][] rings) {
        Set<String> children = new HashSet<>();
        Set<String> persons = new HashSet<>();
        List<String> ids = new ArrayList<>();
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        for (int i : members) {
            IncidentPoint incident = incidents.get(i);
            ids.add(incident.id());
            children.addAll(incident.children());
            persons.addAll(incident.personsOfInterest());
            first = first == null || incident.occurredAt().isBefore(first) ? incident.occurredAt() : first;
            last = last == null || incident.occurredAt().isAfter(last) ? incident.occurredAt() : last;
        }
        ids.sort(null);
        double score = members.length + PERSON_WEIGHT * (children.size() + persons.size());
        String id = UUID.nameUUIDFromBytes((method + ":" + String.join(",", ids)).getBytes(StandardCharsets.UTF_8)).toString();
        return new Hotspot(id, 0, method, score, members.length, children.size(), persons.size(), first, last, rings, ids);
    }

    private static List<Hotspot> rank(List<Hotspot> hotspots) {
        List<Hotspot> sorted = new ArrayList<>(hotspots);
        sorted.sort(Comparator.comparingDouble(Hotspot::score).reversed()
                .thenComparing(Comparator.comparingInt(Hotspot::incidentCount).reversed())
                .thenComparing(Hotspot::id));
        List<Hotspot> ranked = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            ranked.add(sorted.get(k).ranked(k + 1));
        }
        return ranked;
    }
}
