package org.linkmap.service.hotspot;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.Lattice;
import org.linkmap.geo.shape.CellRegions;
import org.linkmap.geo.shape.HotspotShapes;
import org.locationtech.jts.geom.Polygon;

/**
 * What every method does once it knows which incidents form a hotspot and where its outline runs: count the
 * distinct children and persons of interest, the first and last incident, score it by the method's rule, give it
 * an id, and rank all of them.
 *
 * <p>A hotspot's id is derived from the method and its incidents, so the same data and parameters always give the
 * same id, and {@code GET /api/hotspots/{id}} can find it again. Ranking is by score, ties to the hotspot with more
 * incidents, then by id, so equal inputs always rank alike.
 */
final class HotspotAssembly {

    /** A method's score for a hotspot from what it holds. */
    @FunctionalInterface
    interface ScoreRule {
        double score(int incidentCount, int childCount, int personOfInterestCount);

        /** A score the method measured on its surface (a peak density, a z-score), whatever the hotspot holds. */
        static ScoreRule measured(double value) {
            return (incidents, children, persons) -> value;
        }
    }

    private HotspotAssembly() {
    }

    /** The hotspot made of incidents {@code members} with outline {@code rings} (GeoJSON, WGS84). */
    static Hotspot summarise(HotspotMethod method, List<IncidentPoint> incidents, int[] members, double[][][] rings,
                             ScoreRule rule, Integer confidence) {
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
        double score = rule.score(members.length, children.size(), persons.size());
        String id = UUID.nameUUIDFromBytes((method.key() + ":" + String.join(",", ids)).getBytes(StandardCharsets.UTF_8)).toString();
        return new Hotspot(id, 0, method.key(), score, members.length, children.size(), persons.size(), first, last, rings, ids,
                confidence, null);
    }

    /** The hotspot of a region of cells: the incidents in its cells, outlined by the region. */
    static Hotspot fromRegion(HotspotMethod method, ProjectedIncidents projected, Lattice cells, CellRegions.Region region,
                              GridTransform grid, double score, Integer confidence) {
        Set<Integer> inRegion = new HashSet<>();
        for (int c : region.cells()) {
            inRegion.add(c);
        }
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < projected.size(); i++) {
            if (inRegion.contains(projected.cellOf(cells, i))) {
                members.add(i);
            }
        }
        Polygon outline = HotspotShapes.toWgs84(region.outline(), grid);
        return summarise(method, projected.incidents(), members.stream().mapToInt(Integer::intValue).toArray(),
                HotspotShapes.rfc7946Rings(outline), ScoreRule.measured(score), confidence);
    }

    /**
     * The hotspots ranked 1, 2, ... by score. A region holding no incident (a density contour between two clusters,
     * an emerging cold spot over empty fields) has nothing to act on and nothing for its panel to show, and is not
     * listed; before, such regions also shared one id, made from their empty list of incidents.
     */
    static List<Hotspot> rank(List<Hotspot> hotspots) {
        List<Hotspot> sorted = new ArrayList<>(hotspots.stream().filter(h -> h.incidentCount() > 0).toList());
        sorted.sort(Comparator.comparingDouble(Hotspot::score).reversed()
                .thenComparing(Comparator.comparingInt(Hotspot::incidentCount).reversed())
                .thenComparing(Hotspot::id));
        List<Hotspot> ranked = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            ranked.add(sorted.get(k).ranked(k + 1));
        }
        return ranked;
    }

    /** {@code value} rounded to {@code places} decimal places, as scores are reported. */
    static double round(double value, int places) {
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
