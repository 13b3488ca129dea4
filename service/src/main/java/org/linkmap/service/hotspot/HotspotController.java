package org.linkmap.service.hotspot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.area.Areas;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.BoundedWork;
import org.linkmap.service.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.WebAsyncTask;

/** {@code GET /api/incidents}, {@code GET /api/hotspots} and {@code GET /api/hotspots/{id}}. */
@RestController
class HotspotController {

    private final IncidentPoints incidents;
    private final HotspotDetection detection;
    private final Areas areas;
    private final Graph graph;
    private final AuditTrail audit;
    private final HotspotPanel panel;
    private final Disclosure disclosure;
    private final BoundedWork bounded;

    HotspotController(IncidentPoints incidents, HotspotDetection detection, Areas areas, Graph graph, AuditTrail audit,
                      HotspotPanel panel, Disclosure disclosure, BoundedWork bounded) {
        this.bounded = bounded;
        this.incidents = incidents;
        this.detection = detection;
        this.areas = areas;
        this.graph = graph;
        this.audit = audit;
        this.panel = panel;
        this.disclosure = disclosure;
    }

    record IncidentProperties(String id, String incidentType, String occurredAt) {
    }

    @GetMapping("/api/incidents")
    GeoJson.FeatureCollection incidents(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                        @RequestParam(required = false) String types, @RequestParam(required = false) String area,
                                        @RequestParam(required = false) String bbox) {
        IncidentFilter filter = IncidentFilter.parse(from, to, types, area, bbox, areas);
        List<GeoJson.Feature> features = incidents.find(filter).stream()
                .map(i -> new GeoJson.Feature(i.id(), GeoJson.Geometry.point(i.longitude(), i.latitude()),
                        new IncidentProperties(i.id(), i.incidentType(), i.occurredAt().toString())))
                .toList();
        audit.record("READ_INCIDENTS", null);
        return new GeoJson.FeatureCollection(features, Map.of("filter", filter.describe()));
    }

    record IncidentSummary(long count, String earliest, String latest) {
    }

    /** How many incidents there are and the period they span, so a map can open on the latest year of data. */
    @GetMapping("/api/incidents/summary")
    IncidentSummary summary() {
        if (disclosure.areaScope().isEmpty()) {
            return graph.read(tx -> tx.optional("hotspot/summarise-incidents", Map.of(), r -> new IncidentSummary(
                    r.get("count").asLong(),
                    r.get("earliest").isNull() ? null : r.get("earliest").asZonedDateTime().toLocalDate().toString(),
                    r.get("latest").isNull() ? null : r.get("latest").asZonedDateTime().toLocalDate().toString())))
                    .orElseThrow();
        }
        // A member with areas is told only of the incidents it may see, so a count never reveals other areas'.
        List<IncidentPoints.Marker> seen = incidents.markers(IncidentFilter.parse(null, null, null, null, null, areas));
        return new IncidentSummary(seen.size(),
                seen.stream().map(IncidentPoints.Marker::occurredAt).min(java.util.Comparator.naturalOrder())
                        .map(t -> t.toLocalDate().toString()).orElse(null),
                seen.stream().map(IncidentPoints.Marker::occurredAt).max(java.util.Comparator.naturalOrder())
                        .map(t -> t.toLocalDate().toString()).orElse(null));
    }

    /**
     * Hotspots by {@code method}: {@code dbscan} ({@code eps} metres, {@code minPoints}), {@code kde} ({@code cell}
     * and {@code bandwidth} metres, ArcGIS's defaults when left out, and {@code top} per cent of cells) or
     * {@code gistar} ({@code cell} metres, queen contiguity or a {@code distance} band in metres) or
     * {@code emerging} ({@code cell} metres, {@code slice} month or week).
     */
    @GetMapping("/api/hotspots")
    WebAsyncTask<GeoJson.FeatureCollection> hotspots(@RequestParam(defaultValue = "dbscan") String method, HotspotParameters parameters,
                                                     @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                                     @RequestParam(required = false) String types, @RequestParam(required = false) String area,
                                                     @RequestParam(required = false) String bbox) {
        return bounded.run(() -> findHotspots(method, parameters, from, to, types, area, bbox));
    }

    GeoJson.FeatureCollection findHotspots(String method, HotspotParameters parameters, String from, String to, String types,
                                                   String area, String bbox) {
        Detected detected = detect(method, parameters, from, to, types, area, bbox);
        IncidentFilter filter = detected.filter();
        HotspotStrategy.Detection found = detected.detection();
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("method", method);
        metadata.put("parameters", found.parameters());
        metadata.put("filter", filter.describe());
        return new GeoJson.FeatureCollection(found.hotspots().stream().map(Hotspot::toFeature).toList(), metadata);
    }

    /** What a hotspot query found, with the filter it was read with. */
    record Detected(IncidentFilter filter, HotspotStrategy.Detection detection) {
    }

    /** The hotspots of a query as {@code GET /api/hotspots} finds them, audited as that read is. */
    Detected detect(String method, HotspotParameters parameters, String from, String to, String types, String area, String bbox) {
        IncidentFilter filter = IncidentFilter.parse(from, to, types, area, bbox, areas);
        HotspotStrategy.Detection found = detection.detect(method, parameters, filter);
        audit.record("READ_HOTSPOTS", null);
        return new Detected(filter, found);
    }

    /** One hotspot found again with the same query, with the places, people and networks behind it. */
    @GetMapping("/api/hotspots/{id}")
    WebAsyncTask<HotspotPanel.Detail> hotspot(@PathVariable String id, @RequestParam(defaultValue = "dbscan") String method,
                                              HotspotParameters parameters,
                                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                              @RequestParam(required = false) String types, @RequestParam(required = false) String area,
                                              @RequestParam(required = false) String bbox) {
        return bounded.run(() -> findHotspot(id, method, parameters, from, to, types, area, bbox));
    }

    private HotspotPanel.Detail findHotspot(String id, String method, HotspotParameters parameters, String from, String to,
                                            String types, String area, String bbox) {
        IncidentFilter filter = IncidentFilter.parse(from, to, types, area, bbox, areas);
        HotspotDetection.Found found = detection.detectWithIncidents(method, parameters, filter);
        Hotspot hotspot = found.detection().hotspots().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("No hotspot " + id + " for this query; hotspots are found again with the query that listed them."));
        HotspotPanel.Detail detail = panel.describe(hotspot, found.points(), filter);
        audit.record("READ_HOTSPOT", id);
        return detail;
    }
}
