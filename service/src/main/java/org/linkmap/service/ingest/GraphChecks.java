package org.linkmap.service.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;

/**
 * The second validation pass: what only the graph and the postcode table can tell about a submission that is
 * valid on its own (an id that names no node or a node of another kind, a link between kinds it cannot join, an
 * incident without coordinates, an unknown postcode). A submission that passes becomes a {@link PlannedSubmission},
 * tagged with the areas of every place it mentions. Errors name the submission's JSON path.
 */
final class GraphChecks {

    private record Existing(EntityKind kind, Geocoding.Point point) {
    }

    private final Geocoding geocoding;
    private final Areas areas;
    private final Map<String, Existing> existing;

    private GraphChecks(Geocoding geocoding, Areas areas, Map<String, Existing> existing) {
        this.geocoding = geocoding;
        this.areas = areas;
        this.existing = existing;
    }

    /** Reads the nodes the candidates name by id, in one query. */
    static GraphChecks read(Graph.Tx tx, Geocoding geocoding, Areas areas, List<SubmissionCandidate> candidates) {
        List<String> ids = candidates.stream().flatMap(c -> c.submission().entities().stream())
                .filter(EntityDraft::namesExisting).map(EntityDraft::existingId).distinct().toList();
        Map<String, Existing> existing = new HashMap<>();
        if (!ids.isEmpty()) {
            tx.list("ingest/find-existing-entities", Map.of("ids", ids), r -> existing.put(r.get("id").asString(), new Existing(
                    r.get("labels").asList(v -> v.asString()).stream().map(EntityKind::ofLabel).filter(Objects::nonNull).findFirst().orElse(null),
                    r.get("longitude").isNull() ? null
                            : new Geocoding.Point(r.get("longitude").asDouble(), r.get("latitude").asDouble(), "location"))));
        }
        return new GraphChecks(geocoding, areas, existing);
    }

    /**
     * Everything about one submission that can be refused, checked before anything is written.
     *
     * @throws InvalidRequest naming the first field the graph refuses
     */
    PlannedSubmission plan(SubmissionCandidate candidate) {
        PlannedSubmission planned = new PlannedSubmission(candidate);
        List<EntityDraft> entities = planned.submission.entities();
        for (int i = 0; i < entities.size(); i++) {
            PlannedNode node = node(entities.get(i), "entities[" + i + "]");
            tagArea(planned, node.point);
            planned.nodes.put(entities.get(i).ref(), node);
        }
        checkLinks(planned);
        for (int i = 0; i < planned.submission.incidents().size(); i++) {
            planIncident(planned, planned.submission.incidents().get(i), "incidents[" + i + "]");
        }
        return planned;
    }

    private PlannedNode node(EntityDraft entity, String path) {
        if (!entity.namesExisting()) {
            return new PlannedNode(entity, entity.kind(), geocoding.locate(entity.position(), path + ".postcode"), null);
        }
        Existing known = existing.get(entity.existingId());
        if (known == null) {
            throw new InvalidRequest(path + ".id", "no entity has the id " + entity.existingId());
        }
        if (entity.kind() != null && entity.kind() != known.kind()) {
            throw new InvalidRequest(path + ".type", "the entity with this id is a " + known.kind() + ", not a " + entity.kind());
        }
        return new PlannedNode(null, known.kind(), known.kind() == EntityKind.LOCATION ? known.point() : null, entity.existingId());
    }

    private static void checkLinks(PlannedSubmission planned) {
        for (int i = 0; i < planned.submission.links().size(); i++) {
            var link = planned.submission.links().get(i);
            EntityKind from = planned.nodes.get(link.fromRef()).kind;
            EntityKind to = planned.nodes.get(link.toRef()).kind;
            if (!link.type().joins(from, to)) {
                throw new InvalidRequest("links[" + i + "].type", link.type() + " cannot join a " + from + " to a " + to);
            }
        }
    }

    private void planIncident(PlannedSubmission planned, IncidentDraft incident, String path) {
        PlannedNode location = incident.locationRef() == null ? null : planned.nodes.get(incident.locationRef());
        Geocoding.Point point = geocoding.locate(incident.position(), path + ".postcode");
        if (point == null && location != null) {
            point = location.point;
        }
        if (point == null) {
            throw new InvalidRequest(path + ".location", "the location has no coordinates; give the incident lat+lon, easting+northing or a postcode");
        }
        for (int j = 0; j < incident.involved().size(); j++) {
            EntityKind who = planned.nodes.get(incident.involved().get(j).ref()).kind;
            if (!LinkType.INVOLVED_IN.joins(who, EntityKind.INCIDENT)) {
                throw new InvalidRequest(path + ".involved[" + j + "].ref", "a " + who + " cannot be involved in an incident");
            }
        }
        tagArea(planned, point);
        planned.incidentPoints.put(incident.ref(), point);
        planned.incidentIds.put(incident.ref(), UUID.randomUUID().toString());
    }

    /** A submission belongs to the area of every place it mentions. */
    private void tagArea(PlannedSubmission planned, Geocoding.Point point) {
        if (point != null) {
            areas.areaOf(point.longitude(), point.latitude()).ifPresent(planned.areas::add);
        }
    }
}
