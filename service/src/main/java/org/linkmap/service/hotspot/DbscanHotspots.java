package org.linkmap.service.hotspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.geo.cluster.Clustering;
import org.linkmap.geo.cluster.Dbscan;
import org.linkmap.geo.cluster.EpsSuggestion;
import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.shape.HotspotShapes;
import org.linkmap.model.submission.FieldError;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

/**
 * DBSCAN hotspots: density clusters of incidents ({@code eps} metres, {@code minPoints} incidents, the incident
 * itself counted), each outlined by its convex or concave hull buffered by half of eps.
 *
 * <p>Score: incidents count once and every distinct child or person of interest involved counts
 * {@value #PERSON_WEIGHT} more, so a place where many known people meet outranks a place of many anonymous
 * reports. Every answer carries the eps the k-distance curve of the same incidents suggests.
 */
@Component
class DbscanHotspots implements HotspotStrategy {

    /** Weight of each distinct child or person of interest in the score. */
    static final double PERSON_WEIGHT = 2.0;

    private static final HotspotAssembly.ScoreRule SCORE =
            (incidents, children, persons) -> incidents + PERSON_WEIGHT * (children + persons);

    private final GridTransform grid;

    DbscanHotspots(GridTransform grid) {
        this.grid = grid;
    }

    @Override
    public HotspotMethod method() {
        return HotspotMethod.DBSCAN;
    }

    @Override
    public void check(HotspotParameters p, List<FieldError> errors) {
        HotspotParameters.range(errors, "eps", p.eps(), 1, 5_000);
        if (p.minPoints() != null && (p.minPoints() < 1 || p.minPoints() > 1_000)) {
            errors.add(new FieldError("minPoints", "must be between 1 and 1000"));
        }
        if (p.hull() != null && !p.hull().equals("convex") && !p.hull().equals("concave")) {
            errors.add(new FieldError("hull", "must be convex or concave"));
        }
    }

    @Override
    public Detection detect(List<IncidentPoint> incidents, HotspotParameters p) {
        ProjectedIncidents projected = ProjectedIncidents.of(incidents, grid);
        double eps = p.epsOrDefault();
        Clustering clustering = Dbscan.cluster(projected.x(), projected.y(), eps, p.minPointsOrDefault());
        double buffer = HotspotShapes.bufferFor(eps);
        List<Hotspot> hotspots = new ArrayList<>();
        for (int[] members : clustering.members()) {
            Polygon hull = HotspotShapes.bufferedHull(projected.x(), projected.y(), members, buffer, p.concave());
            Polygon outline = HotspotShapes.toWgs84(hull, grid);
            hotspots.add(HotspotAssembly.summarise(method(), incidents, members, HotspotShapes.rfc7946Rings(outline), SCORE, null));
        }
        double suggested = EpsSuggestion.suggest(projected.x(), projected.y(), p.minPointsOrDefault());
        return new Detection(HotspotAssembly.rank(hotspots), echo(p, buffer, suggested));
    }

    private static Map<String, Object> echo(HotspotParameters p, double bufferMetres, double suggestedEps) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("eps", p.epsOrDefault());
        echo.put("minPoints", p.minPointsOrDefault());
        echo.put("bufferMetres", bufferMetres);
        echo.put("hull", p.concave() ? "concave" : "convex");
        echo.put("suggestedEps", Math.round(suggestedEps));
        return echo;
    }
}
