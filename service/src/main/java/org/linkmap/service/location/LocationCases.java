package org.linkmap.service.location;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linkmap.service.area.Areas;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.NotFound;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A place as a case subject: the incidents there, the people, networks and organisations linked to it, the
 * submissions naming it and its concern flag, as the reader may see them.
 */
@Component
class LocationCases {

    private final Graph graph;
    private final Areas areas;
    private final Disclosure disclosure;
    private final PlaceConnections connections;

    LocationCases(Graph graph, Areas areas, Disclosure disclosure, PlaceConnections connections) {
        this.graph = graph;
        this.areas = areas;
        this.disclosure = disclosure;
        this.connections = connections;
    }

    record LocationView(String id, String label, String area, Map<String, Object> properties) {
    }

    record IncidentRow(String id, String incidentType, String occurredAt) {
    }

    record SubmissionRow(String submissionId, String submissionRef, String agency, String submittedAt) {
    }

    /**
     * The extension point for meeting work on a place (taskings and disruption against it) is a further list in
     * this record; everything here is computed over the reader's view.
     */
    record LocationCase(LocationView location, List<IncidentRow> incidents, List<NodeSummary> children,
                        List<NodeSummary> personsOfInterest, List<NodeSummary> networks, List<NodeSummary> organisations,
                        List<SubmissionRow> submissions,
                        @JsonInclude(JsonInclude.Include.ALWAYS) Place.Concern concern) {
    }

    /** The place, refused (403 naming the holder) when it belongs to another area's cases; 404 when there is none. */
    Place open(String id) {
        Place place = find(id).orElseThrow(() -> new NotFound("No location " + id + "."));
        disclosure.checkCanOpen(place.node());
        return place;
    }

    Optional<Place> find(String id) {
        return graph.read(tx -> tx.optional("location/find-location", Map.of("id", id), r -> Place.from(r, areas)));
    }

    LocationCase describe(String id) {
        Place place = open(id);
        List<IncidentRow> incidents = graph.read(tx -> tx.list("location/find-location-incidents", Map.of("id", id), r -> r)).stream()
                .filter(r -> disclosure.seesLink(r.get("sources").asList(Value::asString)))
                .map(r -> new IncidentRow(r.get("id").asString(), r.get("incidentType").asString(),
                        r.get("occurredAt").asZonedDateTime().toOffsetDateTime().toString()))
                .toList();
        List<SubmissionRow> submissions = graph.read(tx -> tx.list("location/find-location-submissions", Map.of("id", id), r -> r)).stream()
                .filter(r -> disclosure.seesLink(List.of(r.get("submissionId").asString())))
                .map(r -> new SubmissionRow(r.get("submissionId").asString(), r.get("submissionRef").asString(),
                        r.get("agency").asString(), r.get("submittedAt").asZonedDateTime().toOffsetDateTime().toString()))
                .toList();
        PlaceConnections.Connections linked = connections.of(incidents.stream().map(IncidentRow::id).toList(), List.of(id));
        NodeSummary shown = disclosure.show(place.node());
        LocationView location = new LocationView(id, shown.label(), place.area(areas), place.properties());
        return new LocationCase(location, incidents, linked.children(), linked.personsOfInterest(), linked.networks(),
                linked.organisations(), submissions, place.concern());
    }
}
