package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.model.identity.NameKeys;
import org.linkmap.model.Vocabulary.PersonRole;
import org.linkmap.model.submission.Identifiers;
import org.linkmap.model.submission.Submission;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.model.submission.Submission.LinkDraft;
import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;

/**
 * Writes one valid submission inside a write transaction: resolves each entity to a node (the same
 * phone, mark, account or agency identifier is the same node), then the links and incidents, each
 * carrying the submission as a source. Any {@link InvalidRequest} it throws rolls the whole transaction back.
 *
 * <p>One instance per transaction attempt: it remembers the nodes it resolved.
 */
final class SubmissionWriter {

    private final Graph.Tx tx;
    private final Geocoding geocoding;
    private final Submission submission;
    private final String submissionId;
    private final Map<String, Resolved> byRef = new LinkedHashMap<>();
    /** The areas this submission's case belongs to: its forum's, and those its places lie in. */
    private final java.util.Set<String> caseAreas = new java.util.TreeSet<>();

    private record Resolved(String id, EntityKind kind, Geocoding.Point point) {
    }

    SubmissionWriter(Graph.Tx tx, Geocoding geocoding, Areas areas, Submission submission, String submissionId) {
        this.tx = tx;
        this.geocoding = geocoding;
        this.areas = areas;
        this.submission = submission;
        this.submissionId = submissionId;
        if (submission.forum() != null && submission.forum().area() != null) {
            caseAreas.add(submission.forum().area());
        }
    }

    private final Areas areas;

    private void placeInArea(Geocoding.Point point) {
        if (point != null) {
            areas.areaOf(point.longitude(), point.latitude()).ifPresent(caseAreas::add);
        }
    }

    SubmissionReceipt write(String contentHash, String body) {
        createSubmission(contentHash, body);
        List<EntityDraft> entities = submission.entities();
        for (int i = 0; i < entities.size(); i++) {
            byRef.put(entities.get(i).ref(), resolve(entities.get(i), "entities[" + i + "]"));
        }
        for (int i = 0; i < submission.links().size(); i++) {
            link(submission.links().get(i), "links[" + i + "]");
        }
        Map<String, String> incidents = new LinkedHashMap<>();
        for (int i = 0; i < submission.incidents().size(); i++) {
            IncidentDraft incident = submission.incidents().get(i);
            incidents.put(incident.ref(), incident(incident, "incidents[" + i + "]"));
        }
        List<String> mentioned = new ArrayList<>(byRef.values().stream().map(Resolved::id).distinct().toList());
        mentioned.addAll(incidents.values());
        tx.run("ingest/record-mentions", Map.of("submissionId", submissionId, "ids", mentioned, "areas", List.copyOf(caseAreas)));
        tx.run("ingest/record-submission-areas", Map.of("id", submissionId, "areas", List.copyOf(caseAreas)));
        Map<String, String> entityIds = new LinkedHashMap<>();
        byRef.forEach((ref, resolved) -> entityIds.put(ref, resolved.id()));
        return new SubmissionReceipt(submissionId, submission.submissionRef(), entityIds, incidents);
    }

    private void createSubmission(String contentHash, String body) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", submissionId);
        p.put("key", SubmissionIngest.key(submission.agency(), submission.submissionRef()));
        p.put("submissionRef", submission.submissionRef());
        p.put("agency", submission.agency());
        p.put("submittedBy", submission.submittedBy());
        p.put("submittedAt", submission.submittedAt());
        var forum = submission.forum();
        p.put("forumKind", forum == null || forum.kind() == null ? null : forum.kind().name());
        p.put("forumArea", forum == null ? null : forum.area());
        p.put("meetingDate", forum == null ? null : forum.meetingDate());
        p.put("source", (long) submission.grading().source());
        p.put("intelligence", String.valueOf(submission.grading().intelligence()));
        p.put("handling", String.valueOf(submission.grading().handling()));
        p.put("narrative", submission.narrative());
        p.put("conditions", submission.grading().handling() == 'C' ? conditions(submission) : null);
        p.put("contentHash", contentHash);
        p.put("body", body);
        tx.run("ingest/create-submission", p);
    }

    /** The conditions of a C-graded submission: as stated, or the default the handling code implies. */
    private static String conditions(Submission submission) {
        return submission.handlingConditions() != null ? submission.agency() + ": " + submission.handlingConditions()
                : submission.agency() + ": sharing with conditions; ask " + submission.agency() + " before sharing further.";
    }

    private Resolved resolve(EntityDraft entity, String path) {
        if (entity.namesExisting()) {
            return existing(entity, path);
        }
        Geocoding.Point point = geocoding.locate(entity.position(), path + ".postcode");
        String newId = UUID.randomUUID().toString();
        Map<String, Object> props = entity.properties();
        String id = switch (entity.kind()) {
            case PHONE -> single("ingest/merge-phone", Map.of("number", props.get("number"), "newId", newId));
            case VEHICLE -> single("ingest/merge-vehicle", vehicle(props, newId));
            case ONLINE_ACCOUNT -> single("ingest/merge-online-account", Map.of("account", props.get("account"),
                    "platform", props.get("platform"), "handle", props.get("handle"), "newId", newId));
            case PERSON -> person(entity, newId);
            default -> known(entity, point).orElseGet(() -> single("ingest/create-entity", entity(entity, point, newId)));
        };
        placeInArea(point);
        return new Resolved(id, entity.kind(), point);
    }

    /** Radius within which a location of the same name is the same place. */
    static final double SAME_PLACE_METRES = 25;

    /** A location of the same name at the same place, or a network of the same name and type, already known. */
    private java.util.Optional<String> known(EntityDraft entity, Geocoding.Point point) {
        Object name = entity.properties().get("name");
        if (name == null) {
            return java.util.Optional.empty();
        }
        String nameKey = name.toString().strip().toLowerCase(java.util.Locale.ROOT);
        if (entity.kind() == EntityKind.LOCATION && point != null) {
            return tx.optional("ingest/find-location", Map.of("nameKey", nameKey, "longitude", point.longitude(),
                    "latitude", point.latitude(), "radiusMetres", SAME_PLACE_METRES), r -> r.get("id").asString());
        }
        if (entity.kind() == EntityKind.NETWORK) {
            Map<String, Object> p = new HashMap<>();
            p.put("nameKey", nameKey);
            p.put("networkType", entity.properties().get("networkType"));
            return tx.optional("ingest/find-network", p, r -> r.get("id").asString());
        }
        return java.util.Optional.empty();
    }

    private Resolved existing(EntityDraft entity, String path) {
        var found = tx.optional("ingest/find-existing-entity", Map.of("id", entity.existingId()),
                r -> r.get("labels").asList(v -> v.asString()));
        if (found.isEmpty()) {
            throw new InvalidRequest(path + ".id", "no entity has the id " + entity.existingId());
        }
        EntityKind kind = found.get().stream().map(EntityKind::ofLabel).filter(k -> k != null).findFirst().orElse(null);
        if (entity.kind() != null && entity.kind() != kind) {
            throw new InvalidRequest(path + ".type", "the entity with this id is a " + kind + ", not a " + entity.kind());
        }
        Geocoding.Point point = kind == EntityKind.LOCATION ? locationPoint(entity.existingId()) : null;
        placeInArea(point);
        return new Resolved(entity.existingId(), kind, point);
    }

    private Geocoding.Point locationPoint(String locationId) {
        return tx.optional("ingest/find-location-point", Map.of("id", locationId), r -> r.get("longitude").isNull() ? null
                : new Geocoding.Point(r.get("longitude").asDouble(), r.get("latitude").asDouble(), "location")).orElse(null);
    }

    private String person(EntityDraft entity, String newId) {
        List<Map<String, Object>> identifiers = new ArrayList<>();
        entity.identifiers().forEach((scheme, value) -> identifiers.add(Map.of(
                "key", Identifiers.agencyIdentifier(scheme, value), "scheme", scheme, "value", value)));
        Map<String, Object> props = new HashMap<>(entity.properties());
        Object aliases = props.remove("aliases");
        Map<String, Object> p = new HashMap<>();
        p.put("props", props);
        p.put("aliases", aliases == null ? List.of() : aliases);
        p.put("child", entity.roles().contains(PersonRole.CHILD));
        p.put("poi", entity.roles().contains(PersonRole.POI));
        p.put("identifiers", identifiers);
        @SuppressWarnings("unchecked")
        List<String> aliasList = aliases == null ? List.of() : (List<String>) aliases;
        p.put("nameKeys", NameKeys.of((String) props.get("name"), aliasList));
        if (!identifiers.isEmpty()) {
            tx.run("ingest/claim-identifiers", Map.of("identifiers", identifiers));
        }
        List<String> known = identifiers.isEmpty() ? List.of() : tx.list("ingest/find-person-by-identifier",
                Map.of("keys", identifiers.stream().map(i -> i.get("key")).toList()), r -> r.get("id").asString());
        if (known.isEmpty()) {
            p.put("newId", newId);
            return single("ingest/create-person", p);
        }
        p.put("id", known.get(0));
        return single("ingest/update-person", p);
    }

    private static Map<String, Object> vehicle(Map<String, Object> props, String newId) {
        Map<String, Object> p = new HashMap<>();
        p.put("vrm", props.get("vrm"));
        p.put("make", props.get("make"));
        p.put("model", props.get("model"));
        p.put("colour", props.get("colour"));
        p.put("newId", newId);
        return p;
    }

    private static Map<String, Object> entity(EntityDraft entity, Geocoding.Point point, String newId) {
        Map<String, Object> p = new HashMap<>();
        p.put("newId", newId);
        p.put("label", entity.kind().label());
        p.put("props", entity.properties());
        p.put("longitude", point == null ? null : point.longitude());
        p.put("latitude", point == null ? null : point.latitude());
        p.put("geocodedFrom", point == null ? null : point.geocodedFrom());
        return p;
    }

    private void link(LinkDraft link, String path) {
        Resolved from = byRef.get(link.fromRef());
        Resolved to = byRef.get(link.toRef());
        if (!link.type().joins(from.kind(), to.kind())) {
            throw new InvalidRequest(path + ".type", link.type() + " cannot join a " + from.kind() + " to a " + to.kind());
        }
        mergeLink(from.id(), to.id(), link.type(), link.role(), link.kind());
    }

    private void mergeLink(String fromId, String toId, LinkType type, String role, String kind) {
        Map<String, Object> p = new HashMap<>();
        p.put("submissionId", submissionId);
        p.put("fromId", fromId);
        p.put("toId", toId);
        p.put("type", type.name());
        p.put("newId", UUID.randomUUID().toString());
        p.put("role", role);
        p.put("kind", kind);
        tx.run("ingest/merge-link", p);
    }

    private String incident(IncidentDraft incident, String path) {
        Resolved location = incident.locationRef() == null ? null : byRef.get(incident.locationRef());
        Geocoding.Point point = geocoding.locate(incident.position(), path + ".postcode");
        if (point == null && location != null) {
            point = location.point();
        }
        if (point == null) {
            throw new InvalidRequest(path + ".location", "the location has no coordinates; give the incident lat+lon, easting+northing or a postcode");
        }
        placeInArea(point);
        Map<String, Object> p = new HashMap<>();
        p.put("submissionId", submissionId);
        p.put("newId", UUID.randomUUID().toString());
        p.put("incidentType", incident.incidentType().name());
        p.put("occurredAt", incident.occurredAt());
        p.put("summary", incident.summary());
        p.put("longitude", point.longitude());
        p.put("latitude", point.latitude());
        p.put("geocodedFrom", point.geocodedFrom());
        p.put("locationId", location == null ? null : location.id());
        p.put("occurredAtLinkId", UUID.randomUUID().toString());
        String id = single("ingest/create-incident", p);
        for (int j = 0; j < incident.involved().size(); j++) {
            var involvement = incident.involved().get(j);
            Resolved who = byRef.get(involvement.ref());
            if (!LinkType.INVOLVED_IN.joins(who.kind(), EntityKind.INCIDENT)) {
                throw new InvalidRequest(path + ".involved[" + j + "].ref", "a " + who.kind() + " cannot be involved in an incident");
            }
            mergeLink(who.id(), id, LinkType.INVOLVED_IN, involvement.role().name(), null);
        }
        return id;
    }

    private String single(String query, Map<String, Object> parameters) {
        return tx.optional(query, parameters, r -> r.get("id").asString())
                .orElseThrow(() -> new IllegalStateException(query + " returned no id"));
    }
}
