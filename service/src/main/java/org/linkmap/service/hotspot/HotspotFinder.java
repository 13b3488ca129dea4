package org.linkmap.service.hotspot;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * The hotspot engine for other capabilities: the same answer as {@code GET /api/hotspots} with the same query,
 * so a meeting's agenda or a campaign shows exactly the hotspots the map shows. The query is the map's
 * parameters by name ({@code method}, {@code eps}, {@code minPoints}, {@code cell}...); invalid ones are
 * reported under {@code fieldPrefix} (for example {@code hotspotQuery.eps}).
 */
@Component
public class HotspotFinder {

    private final HotspotController controller;
    private final HotspotPanel panel;

    HotspotFinder(HotspotController controller, HotspotPanel panel) {
        this.controller = controller;
        this.panel = panel;
    }

    /**
     * A hotspot with its trend: incidents inside its outline in the query's period against the previous period
     * of the same length (as the map's hotspot panel counts them), and the centre of its outline (WGS84).
     */
    public record Trended(FoundHotspot hotspot, HotspotTrend trend, double longitude, double latitude) {
    }

    /** The top {@code limit} hotspots, rank 1 first, over incidents of the whole days {@code from} to {@code to}. */
    public List<FoundHotspot> top(Map<String, String> query, LocalDate from, LocalDate to, String area, int limit,
                                  String fieldPrefix) {
        return detect(query, from, to, area, fieldPrefix).detection().hotspots().stream().limit(limit)
                .map(h -> found(h.toFeature())).toList();
    }

    /** As {@link #top}, each hotspot with its trend against the previous period of the same length. */
    public List<Trended> topWithTrend(Map<String, String> query, LocalDate from, LocalDate to, String area, int limit,
                                      String fieldPrefix) {
        HotspotController.Detected detected = detect(query, from, to, area, fieldPrefix);
        return detected.detection().hotspots().stream().limit(limit).map(h -> {
            org.locationtech.jts.geom.Point centre = HotspotPanel.polygon(h.rings()).getCentroid();
            return new Trended(found(h.toFeature()), panel.trendOf(h, detected.filter()), centre.getX(), centre.getY());
        }).toList();
    }

    private HotspotController.Detected detect(Map<String, String> query, LocalDate from, LocalDate to, String area,
                                              String fieldPrefix) {
        List<FieldError> errors = new ArrayList<>();
        HotspotParameters parameters = new HotspotParameters(number(query, "eps", fieldPrefix, errors),
                integer(query, "minPoints", fieldPrefix, errors), number(query, "cell", fieldPrefix, errors),
                number(query, "bandwidth", fieldPrefix, errors), number(query, "top", fieldPrefix, errors),
                number(query, "threshold", fieldPrefix, errors), number(query, "distance", fieldPrefix, errors),
                query.get("slice"), query.get("shape"), query.get("hull"), query.get("bandwidthRule"));
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        try {
            return controller.detect(query.getOrDefault("method", "dbscan"), parameters,
                    from == null ? null : from.toString(), to == null ? null : to.toString(), query.get("types"), area, null);
        } catch (InvalidRequest invalid) {
            throw new InvalidRequest(invalid.errors().stream()
                    .map(e -> new FieldError(fieldPrefix + "." + e.field(), e.message())).toList());
        }
    }

    private static FoundHotspot found(GeoJson.Feature feature) {
        Hotspot.Properties p = (Hotspot.Properties) feature.properties();
        return new FoundHotspot(p.id(), p.rank(), p.method(), p.score(), p.incidentCount(), p.childCount(),
                p.personOfInterestCount(), p.firstSeen(), p.lastSeen(),
                Map.of("type", feature.geometry().type(), "coordinates", feature.geometry().coordinates()));
    }

    private static Double number(Map<String, String> query, String name, String prefix, List<FieldError> errors) {
        String text = query.get(name);
        if (text == null) {
            return null;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(prefix + "." + name, "must be a number"));
            return null;
        }
    }

    private static Integer integer(Map<String, String> query, String name, String prefix, List<FieldError> errors) {
        String text = query.get(name);
        if (text == null) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            errors.add(new FieldError(prefix + "." + name, "must be a whole number"));
            return null;
        }
    }
}
