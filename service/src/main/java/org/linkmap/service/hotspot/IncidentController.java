package org.linkmap.service.hotspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Forbidden;
import org.linkmap.service.web.NotFound;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}}: one incident as a clicked marker shows it: type, time, place and the people
 * involved (a merged person once, only through involvements in the reader's view, children as the role allows).
 */
@RestController
class IncidentController {

    private final Graph graph;
    private final Areas areas;
    private final Disclosure disclosure;
    private final AuditTrail audit;
    private final IncidentPoints incidents;
    private final MapSettings settings;

    IncidentController(Graph graph, Areas areas, Disclosure disclosure, AuditTrail audit, IncidentPoints incidents,
                       MapSettings settings) {
        this.graph = graph;
        this.areas = areas;
        this.disclosure = disclosure;
        this.audit = audit;
        this.incidents = incidents;
        this.settings = settings;
    }

    /**
     * The incidents in a box as the map draws them at a zoom: one by one up to a configured number, otherwise
     * counted in clusters (see {@link IncidentClusters}). Same filters as {@code GET /api/incidents}.
     */
    @GetMapping("/api/incidents/clusters")
    IncidentClusters.View clusters(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String types, @RequestParam(required = false) String area,
                                   @RequestParam(required = false) String bbox, @RequestParam(defaultValue = "10") int zoom) {
        IncidentFilter filter = IncidentFilter.parse(from, to, types, area, bbox, areas);
        if (zoom < 0 || zoom > 22) {
            throw new org.linkmap.service.web.InvalidRequest("zoom", "must be between 0 and 22");
        }
        IncidentClusters.View view = IncidentClusters.of(incidents.markers(filter), zoom, settings.maxMarkers());
        audit.record("READ_INCIDENTS", null);
        return view;
    }

    record Involved(NodeSummary person, List<String> roles) {
    }

    record IncidentView(String id, String incidentType, String occurredAt, String summary, double longitude, double latitude,
                        String area, NodeSummary place, List<Involved> people) {
    }

    @GetMapping("/api/incidents/{id}")
    IncidentView incident(@PathVariable String id) {
        Record r = graph.read(tx -> tx.optional("hotspot/find-incident", Map.of("id", id), record -> record))
                .orElseThrow(() -> new NotFound("No incident " + id + "."));
        double longitude = r.get("longitude").asDouble();
        double latitude = r.get("latitude").asDouble();
        String area = areas.areaOf(longitude, latitude).orElse(null);
        if (!disclosure.inAreaScope(longitude, latitude)) {
            throw new Forbidden("This incident lies in " + area + ", outside your areas.");
        }
        NodeSummary place = r.get("placeId").isNull() || !disclosure.seesLink(r.get("placeSources").asList(Value::asString)) ? null
                : disclosure.show(NodeSummary.from(r.get("placeId"), r.get("placeLabels"), r.get("placeProperties")));
        IncidentView view = new IncidentView(r.get("id").asString(), r.get("incidentType").asString(),
                r.get("occurredAt").asZonedDateTime().toOffsetDateTime().toString(), r.get("summary").asString(null),
                longitude, latitude, area, place, people(r.get("people")));
        audit.record("READ_INCIDENT", id);
        return view;
    }

    /** One row per person (merged records fold into their survivor), with every role in view; children first. */
    private List<Involved> people(Value rows) {
        Map<String, NodeSummary> persons = new LinkedHashMap<>();
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        for (Value row : rows.values()) {
            if (!disclosure.seesLink(row.get("sources").asList(Value::asString))) {
                continue;
            }
            String personId = row.get("id").asString();
            List<String> labels = new ArrayList<>(new LinkedHashSet<>(row.get("labels").asList(Value::asString)));
            NodeSummary node = NodeSummary.from(personId, labels, row.get("properties").asMap());
            persons.merge(personId, node, (kept, other) -> Boolean.TRUE.equals(other.child()) ? other : kept);
            if (!row.get("role").isNull()) {
                roles.computeIfAbsent(personId, k -> new LinkedHashSet<>()).add(row.get("role").asString());
            }
        }
        List<Involved> involved = new ArrayList<>();
        persons.forEach((personId, node) -> involved.add(new Involved(disclosure.show(node),
                List.copyOf(roles.getOrDefault(personId, Set.of())))));
        involved.sort(java.util.Comparator.comparing((Involved i) -> !Boolean.TRUE.equals(i.person().child()))
                .thenComparing(i -> i.person().id()));
        return involved;
    }
}
