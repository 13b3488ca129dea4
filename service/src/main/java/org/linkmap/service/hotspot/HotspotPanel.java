package org.linkmap.service.hotspot;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.location.PlaceConnections;
import org.linkmap.service.neo4j.Graph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * What a meeting asks of one hotspot: its incidents by type and by hour and weekday, how it compares with the
 * previous period, the places inside it by kind, the organisations operating them, and the children, persons of
 * interest and networks linked through its incidents and its places. Everything as the reader may see it.
 */
@Component
class HotspotPanel {

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Graph graph;
    private final Disclosure disclosure;
    private final IncidentPoints incidents;
    private final PlaceConnections connections;

    HotspotPanel(Graph graph, Disclosure disclosure, IncidentPoints incidents, PlaceConnections connections) {
        this.graph = graph;
        this.disclosure = disclosure;
        this.incidents = incidents;
        this.connections = connections;
    }

    record IncidentRow(String id, String incidentType, String occurredAt) {
    }

    record Detail(GeoJson.Feature hotspot, List<String> incidentIds, List<IncidentRow> incidents,
                  Map<String, Integer> countsByType, int[][] hourByWeekday, HotspotTrend trend,
                  List<NodeSummary> locations, Map<String, List<NodeSummary>> locationsByKind,
                  List<NodeSummary> organisations, List<NodeSummary> children, List<NodeSummary> personsOfInterest,
                  List<NodeSummary> networks) {
    }

    /** @param found the incidents the hotspot's query selected (the hotspot's own are among them) */
    Detail describe(Hotspot hotspot, List<IncidentPoint> found, IncidentFilter filter) {
        Set<String> ids = Set.copyOf(hotspot.incidentIds());
        List<IncidentPoint> members = found.stream().filter(i -> ids.contains(i.id())).toList();
        PreparedGeometry outline = PreparedGeometryFactory.prepare(polygon(hotspot.rings()));
        Envelope box = outline.getGeometry().getEnvelopeInternal();
        Places places = places(hotspot.incidentIds(), box, outline);
        PlaceConnections.Connections linked = connections.of(hotspot.incidentIds(), places.ids());
        return new Detail(hotspot.toFeature(), hotspot.incidentIds(),
                members.stream().map(i -> new IncidentRow(i.id(), i.incidentType(), i.occurredAt().toString())).toList(),
                IncidentRhythm.countsByType(members), IncidentRhythm.hourByWeekday(members),
                trend(hotspot, filter, box, outline), places.shown(), places.byKind(), linked.organisations(),
                linked.children(), linked.personsOfInterest(), linked.networks());
    }

    private record Places(List<String> ids, List<NodeSummary> shown, Map<String, List<NodeSummary>> byKind) {
    }

    /** The places its incidents occurred at and those inside the outline, named by a source in the reader's view. */
    private Places places(List<String> incidentIds, Envelope box, PreparedGeometry outline) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("incidentIds", incidentIds);
        params.put("minLongitude", box.getMinX());
        params.put("minLatitude", box.getMinY());
        params.put("maxLongitude", box.getMaxX());
        params.put("maxLatitude", box.getMaxY());
        List<String> ids = new ArrayList<>();
        List<NodeSummary> shown = new ArrayList<>();
        Map<String, List<NodeSummary>> byKind = new LinkedHashMap<>();
        for (Record r : graph.read(tx -> tx.list("hotspot/find-hotspot-locations", params, record -> record))) {
            boolean inside = r.get("atIncident").asBoolean() || !r.get("longitude").isNull()
                    && outline.covers(GEOMETRY.createPoint(new Coordinate(r.get("longitude").asDouble(), r.get("latitude").asDouble())));
            boolean inView = r.get("sources").asList(v -> v.asList(Value::asString)).stream().anyMatch(disclosure::seesLink);
            NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            if (!inside || !inView || !disclosure.inScope(node)) {
                continue;
            }
            NodeSummary place = disclosure.show(node);
            ids.add(place.id());
            shown.add(place);
            String kind = Boolean.TRUE.equals(place.restricted()) ? "RESTRICTED"
                    : r.get("properties").get("locationType").asString("OTHER");
            byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(place);
        }
        return new Places(ids, shown, byKind);
    }

    /** The hotspot's trend against the previous period of the same length (see {@link #trend}). */
    HotspotTrend trendOf(Hotspot hotspot, IncidentFilter filter) {
        PreparedGeometry outline = PreparedGeometryFactory.prepare(polygon(hotspot.rings()));
        return trend(hotspot, filter, outline.getGeometry().getEnvelopeInternal(), outline);
    }

    /** Who and what is linked to the hotspot's incidents and the places inside it. */
    PlaceConnections.Connections connectionsOf(Hotspot hotspot) {
        PreparedGeometry outline = PreparedGeometryFactory.prepare(polygon(hotspot.rings()));
        Places places = places(hotspot.incidentIds(), outline.getGeometry().getEnvelopeInternal(), outline);
        return connections.of(hotspot.incidentIds(), places.ids());
    }

    /**
     * The query's period against the one before it, inside the outline. Without a period in the query, the
     * hotspot's own span (first to last incident, UTC days) is the period.
     */
    private HotspotTrend trend(Hotspot hotspot, IncidentFilter filter, Envelope box, PreparedGeometry outline) {
        LocalDate from = filter.from() != null ? filter.from() : hotspot.firstSeen().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate to = filter.to() != null ? filter.to() : hotspot.lastSeen().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate[] before = HotspotTrend.previousPeriod(from, to);
        IncidentFilter both = new IncidentFilter(before[0], to, filter.types(), filter.area(),
                new double[] {box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()});
        int previous = 0;
        int current = 0;
        for (IncidentPoint i : incidents.find(both)) {
            if (!outline.covers(GEOMETRY.createPoint(new Coordinate(i.longitude(), i.latitude())))) {
                continue;
            }
            LocalDate day = i.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
            if (day.isBefore(from)) {
                previous++;
            } else {
                current++;
            }
        }
        return HotspotTrend.of(from, to, previous, current);
    }

    /** A GeoJSON polygon (outer ring first, longitude first) as a JTS polygon in the same coordinates. */
    static Polygon polygon(double[][][] rings) {
        LinearRing shell = ring(rings[0]);
        LinearRing[] holes = new LinearRing[rings.length - 1];
        for (int h = 1; h < rings.length; h++) {
            holes[h - 1] = ring(rings[h]);
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(double[][] positions) {
        Coordinate[] coordinates = new Coordinate[positions.length];
        for (int k = 0; k < positions.length; k++) {
            coordinates[k] = new Coordinate(positions[k][0], positions[k][1]);
        }
        return GEOMETRY.createLinearRing(coordinates);
    }
}
