package org.linkmap.service.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.model.Vocabulary.PersonRole;
import org.linkmap.model.identity.NameKeys;
import org.linkmap.model.submission.Identifiers;
import org.linkmap.model.submission.Submission;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.service.area.Areas;
import org.linkmap.service.ingest.SubmissionIngest.Candidate;
import org.linkmap.service.ingest.SubmissionIngest.Result;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Conflict;
import org.linkmap.service.web.InvalidRequest;

/**
 * Writes a batch of valid submissions inside one write transaction with a fixed number of set-based
 * queries, whatever the batch's size. The outcome is the same as writing them one after another in the
 * batch's order: the same phone, mark, account or agency identifier is one node even when two submissions
 * of the batch name it, and a place or network named twice in the batch is created once.
 *
 * <p>It works in two phases. The first only reads: it finds submissions already received and the nodes
 * named by id, and checks what only the graph can tell (an id that does not exist, a link between kinds that
 * it cannot join, an incident without coordinates). A submission that fails is refused and takes no further
 * part, so a refused submission writes nothing. The second phase resolves every node and writes.
 *
 * <p>One instance per transaction attempt: it remembers what it resolved.
 */
final class BatchWriter {

    /** Radius within which a location of the same name is the same place. */
    static final double SAME_PLACE_METRES = 25;
    /** The mean Earth radius Neo4j's {@code point.distance} uses for WGS84 points. */
    private static final double EARTH_RADIUS_METRES = 6378140.0;

    private final Graph.Tx tx;
    private final Geocoding geocoding;
    private final Areas areas;
    private final Function<SubmissionReceipt, String> receiptJson;

    BatchWriter(Graph.Tx tx, Geocoding geocoding, Areas areas, Function<SubmissionReceipt, String> receiptJson) {
        this.tx = tx;
        this.geocoding = geocoding;
        this.areas = areas;
        this.receiptJson = receiptJson;
    }

    /** What one ref of a submission stands for: known at once for a node named by id, resolved later otherwise. */
    private static final class Node {
        final EntityDraft draft;
        final EntityKind kind;
        final Geocoding.Point point;
        String id;

        Node(EntityDraft draft, EntityKind kind, Geocoding.Point point, String id) {
            this.draft = draft;
            this.kind = kind;
            this.point = point;
            this.id = id;
        }
    }

    private record Existing(EntityKind kind, Geocoding.Point point) {
    }

    /** A submission that passed the first phase, with everything the second needs. */
    private static final class Planned {
        final Candidate candidate;
        final Submission submission;
        final String id = UUID.randomUUID().toString();
        final Map<String, Node> nodes = new LinkedHashMap<>();
        final Map<String, String> incidentIds = new LinkedHashMap<>();
        final Map<String, Geocoding.Point> incidentPoints = new HashMap<>();
        final Set<String> areas = new TreeSet<>();
        SubmissionReceipt receipt;

        Planned(Candidate candidate) {
            this.candidate = candidate;
            this.submission = candidate.submission();
            if (submission.forum() != null && submission.forum().area() != null) {
                areas.add(submission.forum().area());
            }
        }

        String key() {
            return SubmissionIngest.key(submission.agency(), submission.submissionRef());
        }
    }

    private record Received(String id, String contentHash, String receipt) {
    }

    /** One result per candidate, in order. */
    List<Result> write(List<Candidate> candidates, Function<String, SubmissionReceipt> readReceipt) {
        Map<String, Received> received = findReceived(candidates);
        Map<String, Existing> existing = findExisting(candidates);
        Result[] results = new Result[candidates.size()];
        Map<String, Planned> plannedByKey = new HashMap<>();
        Map<Integer, Planned> repeats = new java.util.TreeMap<>();
        List<Planned> fresh = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            Submission submission = candidate.submission();
            String key = SubmissionIngest.key(submission.agency(), submission.submissionRef());
            Received before = received.get(key);
            Planned earlier = plannedByKey.get(key);
            String earlierHash = before != null ? before.contentHash() : earlier != null ? earlier.candidate.contentHash() : null;
            if (earlierHash != null && !earlierHash.equals(candidate.contentHash())) {
                results[i] = new Result.Refused(new Conflict("The agency " + submission.agency()
                        + " already sent a different submission with the reference " + submission.submissionRef() + "."));
            } else if (before != null) {
                results[i] = new Result.Stored(readReceipt.apply(before.receipt()), false);
            } else if (earlier != null) {
                repeats.put(i, earlier);
            } else {
                try {
                    Planned planned = plan(candidate, existing);
                    fresh.add(planned);
                    plannedByKey.put(key, planned);
                    repeats.put(i, planned);
                } catch (InvalidRequest e) {
                    results[i] = new Result.Refused(e);
                }
            }
        }
        if (!fresh.isEmpty()) {
            writeAll(fresh);
        }
        Set<Planned> reported = new java.util.HashSet<>();
        repeats.forEach((i, planned) -> results[i] = new Result.Stored(planned.receipt, reported.add(planned)));
        return List.of(results);
    }

    // ---- phase one: reads and checks -------------------------------------------------------------------

    private Map<String, Received> findReceived(List<Candidate> candidates) {
        List<String> keys = candidates.stream()
                .map(c -> SubmissionIngest.key(c.submission().agency(), c.submission().submissionRef())).distinct().toList();
        Map<String, Received> received = new HashMap<>();
        tx.list("ingest/find-submissions", Map.of("keys", keys), r -> received.put(r.get("key").asString(),
                new Received(r.get("id").asString(), r.get("contentHash").asString(), r.get("receipt").asString())));
        return received;
    }

    private Map<String, Existing> findExisting(List<Candidate> candidates) {
        List<String> ids = candidates.stream().flatMap(c -> c.submission().entities().stream())
                .filter(EntityDraft::namesExisting).map(EntityDraft::existingId).distinct().toList();
        Map<String, Existing> existing = new HashMap<>();
        if (ids.isEmpty()) {
            return existing;
        }
        tx.list("ingest/find-existing-entities", Map.of("ids", ids), r -> existing.put(r.get("id").asString(), new Existing(
                r.get("labels").asList(v -> v.asString()).stream().map(EntityKind::ofLabel).filter(k -> k != null).findFirst().orElse(null),
                r.get("longitude").isNull() ? null
                        : new Geocoding.Point(r.get("longitude").asDouble(), r.get("latitude").asDouble(), "location"))));
        return existing;
    }

    /** Everything about one submission that can be refused, checked before anything is written. */
    private Planned plan(Candidate candidate, Map<String, Existing> existing) {
        Planned planned = new Planned(candidate);
        List<EntityDraft> entities = planned.submission.entities();
        for (int i = 0; i < entities.size(); i++) {
            EntityDraft entity = entities.get(i);
            String path = "entities[" + i + "]";
            Node node;
            if (entity.namesExisting()) {
                Existing known = existing.get(entity.existingId());
                if (known == null) {
                    throw new InvalidRequest(path + ".id", "no entity has the id " + entity.existingId());
                }
                if (entity.kind() != null && entity.kind() != known.kind()) {
                    throw new InvalidRequest(path + ".type", "the entity with this id is a " + known.kind() + ", not a " + entity.kind());
                }
                node = new Node(null, known.kind(), known.kind() == EntityKind.LOCATION ? known.point() : null, entity.existingId());
            } else {
                node = new Node(entity, entity.kind(), geocoding.locate(entity.position(), path + ".postcode"), null);
            }
            place(planned, node.point);
            planned.nodes.put(entity.ref(), node);
        }
        for (int i = 0; i < planned.submission.links().size(); i++) {
            var link = planned.submission.links().get(i);
            EntityKind from = planned.nodes.get(link.fromRef()).kind;
            EntityKind to = planned.nodes.get(link.toRef()).kind;
            if (!link.type().joins(from, to)) {
                throw new InvalidRequest("links[" + i + "].type", link.type() + " cannot join a " + from + " to a " + to);
            }
        }
        for (int i = 0; i < planned.submission.incidents().size(); i++) {
            IncidentDraft incident = planned.submission.incidents().get(i);
            String path = "incidents[" + i + "]";
            Node location = incident.locationRef() == null ? null : planned.nodes.get(incident.locationRef());
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
            place(planned, point);
            planned.incidentPoints.put(incident.ref(), point);
            planned.incidentIds.put(incident.ref(), UUID.randomUUID().toString());
        }
        return planned;
    }

    private void place(Planned planned, Geocoding.Point point) {
        if (point != null) {
            areas.areaOf(point.longitude(), point.latitude()).ifPresent(planned.areas::add);
        }
    }

    // ---- phase two: resolve and write ------------------------------------------------------------------

    private void writeAll(List<Planned> batch) {
        createSubmissions(batch);
        mergeKeyed(batch, EntityKind.PHONE, "ingest/merge-phones", d -> (String) d.properties().get("number"), (d, row) -> {
        });
        mergeKeyed(batch, EntityKind.VEHICLE, "ingest/merge-vehicles", d -> (String) d.properties().get("vrm"), (d, row) -> {
            for (String field : List.of("make", "model", "colour")) {
                if (d.properties().get(field) != null) {
                    row.put(field, d.properties().get(field));
                }
            }
        });
        mergeKeyed(batch, EntityKind.ONLINE_ACCOUNT, "ingest/merge-online-accounts", d -> (String) d.properties().get("account"),
                (d, row) -> {
                    row.putIfAbsent("platform", d.properties().get("platform"));
                    row.putIfAbsent("handle", d.properties().get("handle"));
                });
        resolvePeople(batch);
        resolvePlacesAndGroups(batch);
        createIncidents(batch);
        mergeLinks(batch);
        recordMentions(batch);
        finish(batch);
    }

    private void createSubmissions(List<Planned> batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Planned planned : batch) {
            Submission s = planned.submission;
            Map<String, Object> p = new HashMap<>();
            p.put("id", planned.id);
            p.put("key", planned.key());
            p.put("submissionRef", s.submissionRef());
            p.put("agency", s.agency());
            p.put("submittedBy", s.submittedBy());
            p.put("submittedAt", s.submittedAt());
            p.put("forumKind", s.forum() == null || s.forum().kind() == null ? null : s.forum().kind().name());
            p.put("forumArea", s.forum() == null ? null : s.forum().area());
            p.put("meetingDate", s.forum() == null ? null : s.forum().meetingDate());
            p.put("source", (long) s.grading().source());
            p.put("intelligence", String.valueOf(s.grading().intelligence()));
            p.put("handling", String.valueOf(s.grading().handling()));
            p.put("conditions", conditions(s));
            p.put("narrative", s.narrative());
            p.put("contentHash", planned.candidate.contentHash());
            p.put("body", planned.candidate.body());
            rows.add(Map.of("agency", s.agency(), "properties", p));
        }
        tx.run("ingest/create-submissions", Map.of("submissions", rows));
    }

    /** The conditions of a C-graded submission, as stated or as the handling code implies; else null. */
    private static String conditions(Submission submission) {
        if (submission.grading().handling() != 'C') {
            return null;
        }
        return submission.handlingConditions() != null ? submission.agency() + ": " + submission.handlingConditions()
                : submission.agency() + ": sharing with conditions; ask " + submission.agency() + " before sharing further.";
    }

    /**
     * Phones, vehicles and online accounts: one row per distinct key, in sorted order so that concurrent
     * batches take the keys' locks in the same order; later reports' descriptive fields win.
     */
    private void mergeKeyed(List<Planned> batch, EntityKind kind, String query, Function<EntityDraft, String> keyOf,
                            java.util.function.BiConsumer<EntityDraft, Map<String, Object>> describe) {
        Map<String, Map<String, Object>> rows = new java.util.TreeMap<>();
        List<Node> nodes = freshNodes(batch, kind);
        for (Node node : nodes) {
            Map<String, Object> row = rows.computeIfAbsent(keyOf.apply(node.draft), key -> {
                Map<String, Object> r = new HashMap<>();
                r.put("key", key);
                r.put("newId", UUID.randomUUID().toString());
                return r;
            });
            describe.accept(node.draft, row);
        }
        if (rows.isEmpty()) {
            return;
        }
        Map<String, String> ids = new HashMap<>();
        tx.list(query, Map.of("rows", List.copyOf(rows.values())), r -> ids.put(r.get("key").asString(), r.get("id").asString()));
        nodes.forEach(node -> node.id = ids.get(keyOf.apply(node.draft)));
    }

    private static List<Node> freshNodes(List<Planned> batch, EntityKind kind) {
        return batch.stream().flatMap(p -> p.nodes.values().stream()).filter(n -> n.draft != null && n.kind == kind).toList();
    }

    /**
     * A person with an agency identifier already known is that person (the first by id when identifiers
     * point at several); a person without one is new. The identifiers are claimed first: the unique
     * constraint's lock makes a concurrent batch naming the same identifier wait until this one commits,
     * so that it then finds the same person.
     */
    private void resolvePeople(List<Planned> batch) {
        List<Node> people = freshNodes(batch, EntityKind.PERSON);
        if (people.isEmpty()) {
            return;
        }
        Map<Node, List<Map<String, Object>>> identifiersOf = new HashMap<>();
        Map<String, Map<String, Object>> claims = new java.util.TreeMap<>();
        for (Node person : people) {
            List<Map<String, Object>> identifiers = new ArrayList<>();
            person.draft.identifiers().forEach((scheme, value) -> identifiers.add(Map.of(
                    "key", Identifiers.agencyIdentifier(scheme, value), "scheme", scheme, "value", value)));
            identifiers.forEach(i -> claims.putIfAbsent((String) i.get("key"), i));
            identifiersOf.put(person, identifiers);
        }
        Map<String, TreeSet<String>> peopleByKey = new HashMap<>();
        if (!claims.isEmpty()) {
            tx.run("ingest/claim-identifiers", Map.of("identifiers", List.copyOf(claims.values())));
            tx.list("ingest/find-people-by-identifier", Map.of("keys", List.copyOf(claims.keySet())),
                    r -> peopleByKey.computeIfAbsent(r.get("key").asString(), k -> new TreeSet<>()).add(r.get("id").asString()));
        }
        List<Map<String, Object>> created = new ArrayList<>();
        List<List<Map<String, Object>>> updateRounds = new ArrayList<>();
        Map<String, Integer> updatesOf = new HashMap<>();
        for (Node person : people) {
            List<Map<String, Object>> identifiers = identifiersOf.get(person);
            TreeSet<String> known = new TreeSet<>();
            identifiers.forEach(i -> known.addAll(peopleByKey.getOrDefault((String) i.get("key"), new TreeSet<>())));
            if (known.isEmpty()) {
                person.id = UUID.randomUUID().toString();
                created.add(personRow(person, identifiers));
            } else {
                person.id = known.first();
                // Only identifiers the person does not already have need joining to it.
                Map<String, Object> row = personRow(person, identifiers.stream()
                        .filter(i -> !peopleByKey.getOrDefault((String) i.get("key"), new TreeSet<>()).contains(person.id)).toList());
                int round = updatesOf.merge(person.id, 1, Integer::sum) - 1;
                if (round == updateRounds.size()) {
                    updateRounds.add(new ArrayList<>());
                }
                updateRounds.get(round).add(row);
            }
            identifiers.forEach(i -> peopleByKey.computeIfAbsent((String) i.get("key"), k -> new TreeSet<>()).add(person.id));
        }
        if (!created.isEmpty()) {
            tx.run("ingest/create-people", Map.of("people", created));
        }
        // A person reported twice in the batch is updated in two rounds, so each update sees the one before.
        updateRounds.forEach(round -> tx.run("ingest/update-people", Map.of("people", round)));
    }

    private static Map<String, Object> personRow(Node person, List<Map<String, Object>> identifiers) {
        EntityDraft draft = person.draft;
        Map<String, Object> props = new HashMap<>(draft.properties());
        @SuppressWarnings("unchecked")
        List<String> aliases = props.get("aliases") == null ? List.of() : (List<String>) props.remove("aliases");
        Map<String, Object> row = new HashMap<>();
        row.put("props", props);
        row.put("aliases", aliases);
        row.put("nameKeys", NameKeys.of((String) props.get("name"), aliases));
        row.put("child", draft.roles().contains(PersonRole.CHILD));
        row.put("poi", draft.roles().contains(PersonRole.POI));
        row.put("identifiers", identifiers);
        row.put("id", person.id);
        return row;
    }

    /**
     * Locations, networks and organisations. A location of the same name within {@link #SAME_PLACE_METRES}
     * of the same point is the same place, and a network of the same name and a compatible type the same
     * network, whether it was known before or named earlier in this batch; anything else is new.
     */
    private void resolvePlacesAndGroups(List<Planned> batch) {
        List<Node> nodes = batch.stream().flatMap(p -> p.nodes.values().stream()).filter(n -> n.draft != null && n.kind != null
                && n.kind != EntityKind.PERSON && n.kind != EntityKind.PHONE && n.kind != EntityKind.VEHICLE
                && n.kind != EntityKind.ONLINE_ACCOUNT).toList();
        List<Map<String, Object>> places = new ArrayList<>();
        List<Map<String, Object>> networks = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String nameKey = nameKey(node);
            if (nameKey != null && node.kind == EntityKind.LOCATION && node.point != null) {
                places.add(Map.of("index", (long) i, "nameKey", nameKey, "longitude", node.point.longitude(), "latitude", node.point.latitude()));
            } else if (nameKey != null && node.kind == EntityKind.NETWORK) {
                Map<String, Object> row = new HashMap<>();
                row.put("index", (long) i);
                row.put("nameKey", nameKey);
                row.put("networkType", node.draft.properties().get("networkType"));
                networks.add(row);
            }
        }
        Map<Integer, String> known = new HashMap<>();
        if (!places.isEmpty()) {
            tx.list("ingest/find-locations", Map.of("places", places, "radiusMetres", SAME_PLACE_METRES),
                    r -> known.put(r.get("index").asInt(), r.get("id").asString()));
        }
        if (!networks.isEmpty()) {
            tx.list("ingest/find-networks", Map.of("networks", networks), r -> known.put(r.get("index").asInt(), r.get("id").asString()));
        }
        // Places and networks created earlier in this batch, by kind and name.
        Map<String, List<Node>> created = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            List<Node> namesake = created.computeIfAbsent(node.kind + "|" + nameKey(node), k -> new ArrayList<>());
            node.id = known.containsKey(i) ? known.get(i)
                    : namesake.stream().filter(c -> sameAs(c, node)).map(c -> c.id).findFirst().orElse(null);
            if (node.id == null) {
                node.id = UUID.randomUUID().toString();
                namesake.add(node);
                rows.add(entityRow(node));
            }
        }
        if (!rows.isEmpty()) {
            tx.run("ingest/create-entities", Map.of("entities", rows));
        }
    }

    /** The key under which places and networks of the same name are found: the name, trimmed, in lower case. */
    private static String nameKey(Node node) {
        Object name = node.draft.properties().get("name");
        return name == null ? null : name.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code node} is the place or network {@code earlier}, created earlier in this batch. */
    private static boolean sameAs(Node earlier, Node node) {
        String nameKey = nameKey(node);
        if (earlier.kind != node.kind || nameKey == null || !nameKey.equals(nameKey(earlier))) {
            return false;
        }
        if (node.kind == EntityKind.LOCATION) {
            return node.point != null && earlier.point != null && metresBetween(earlier.point, node.point) <= SAME_PLACE_METRES;
        }
        if (node.kind == EntityKind.NETWORK) {
            Object type = node.draft.properties().get("networkType");
            Object earlierType = earlier.draft.properties().get("networkType");
            return type == null || earlierType == null || type.equals(earlierType);
        }
        return false;
    }

    /** Great-circle distance as Neo4j computes it for WGS84 points (haversine). */
    static double metresBetween(Geocoding.Point a, Geocoding.Point b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(a.latitude())) * Math.cos(Math.toRadians(b.latitude())) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static Map<String, Object> entityRow(Node node) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", node.id);
        row.put("label", node.kind.label());
        row.put("props", node.draft.properties());
        row.put("longitude", node.point == null ? null : node.point.longitude());
        row.put("latitude", node.point == null ? null : node.point.latitude());
        row.put("geocodedFrom", node.point == null ? null : node.point.geocodedFrom());
        row.put("nameKey", nameKey(node));
        return row;
    }

    private void createIncidents(List<Planned> batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Planned planned : batch) {
            for (IncidentDraft incident : planned.submission.incidents()) {
                Geocoding.Point point = planned.incidentPoints.get(incident.ref());
                Node location = incident.locationRef() == null ? null : planned.nodes.get(incident.locationRef());
                Map<String, Object> row = new HashMap<>();
                row.put("id", planned.incidentIds.get(incident.ref()));
                row.put("incidentType", incident.incidentType().name());
                row.put("occurredAt", incident.occurredAt());
                row.put("summary", incident.summary());
                row.put("longitude", point.longitude());
                row.put("latitude", point.latitude());
                row.put("geocodedFrom", point.geocodedFrom());
                row.put("locationId", location == null ? null : location.id);
                row.put("linkId", UUID.randomUUID().toString());
                row.put("submission", provenance(planned));
                rows.add(row);
            }
        }
        if (!rows.isEmpty()) {
            tx.run("ingest/create-incidents", Map.of("incidents", rows));
        }
    }

    private static Map<String, Object> provenance(Planned planned) {
        Submission s = planned.submission;
        return Map.of("id", planned.id, "agency", s.agency(), "submittedAt", s.submittedAt(), "source", (long) s.grading().source(),
                "intelligence", String.valueOf(s.grading().intelligence()), "handling", String.valueOf(s.grading().handling()));
    }

    /** Every submission asserting one link: what the batch says of it, folded into one row. */
    private static final class Assertions {
        final String fromId;
        final String toId;
        final LinkType type;
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> agencies = new LinkedHashSet<>();
        final Set<String> conditions = new LinkedHashSet<>();
        OffsetDateTime first;
        OffsetDateTime last;
        Planned strongest;
        boolean conditional;
        String role;
        String kind;

        Assertions(String fromId, LinkType type, String toId) {
            this.fromId = fromId;
            this.toId = toId;
            this.type = type;
        }

        void add(Planned planned, String role, String kind) {
            Submission s = planned.submission;
            sources.add(planned.id);
            agencies.add(s.agency());
            first = first == null || s.submittedAt().isBefore(first) ? s.submittedAt() : first;
            last = last == null || s.submittedAt().isAfter(last) ? s.submittedAt() : last;
            if (strongest == null || s.grading().isStrongerThan(strongest.submission.grading())) {
                strongest = planned;
            }
            String stated = conditions(s);
            if (stated != null) {
                conditional = true;
                conditions.add(stated);
            }
            this.role = role != null ? role : this.role;
            this.kind = kind != null ? kind : this.kind;
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("fromId", fromId);
            row.put("toId", toId);
            row.put("type", type.name());
            row.put("newId", UUID.randomUUID().toString());
            row.put("sources", List.copyOf(sources));
            row.put("agencies", List.copyOf(agencies));
            row.put("firstReported", first);
            row.put("lastReported", last);
            row.put("source", (long) strongest.submission.grading().source());
            row.put("intelligence", String.valueOf(strongest.submission.grading().intelligence()));
            row.put("handling", conditional ? "C" : "P");
            row.put("conditions", List.copyOf(conditions));
            row.put("role", role);
            row.put("kind", kind);
            return row;
        }
    }

    private void mergeLinks(List<Planned> batch) {
        Map<List<String>, Assertions> links = new LinkedHashMap<>();
        for (Planned planned : batch) {
            for (var link : planned.submission.links()) {
                assertLink(links, planned, planned.nodes.get(link.fromRef()).id, link.type(), planned.nodes.get(link.toRef()).id,
                        link.role(), link.kind());
            }
            for (IncidentDraft incident : planned.submission.incidents()) {
                String incidentId = planned.incidentIds.get(incident.ref());
                for (var involvement : incident.involved()) {
                    assertLink(links, planned, planned.nodes.get(involvement.ref()).id, LinkType.INVOLVED_IN, incidentId,
                            involvement.role().name(), null);
                }
            }
        }
        if (links.isEmpty()) {
            return;
        }
        long merged = tx.optional("ingest/merge-links", Map.of("links", links.values().stream().map(Assertions::row).toList()),
                r -> r.get("merged").asLong()).orElse(0L);
        if (merged != links.size()) {
            throw new IllegalStateException("merge-links stored " + merged + " of " + links.size() + " links: a link type has no MERGE branch");
        }
    }

    private static void assertLink(Map<List<String>, Assertions> links, Planned planned, String fromId, LinkType type, String toId,
                                   String role, String kind) {
        links.computeIfAbsent(List.of(fromId, type.name(), toId), k -> new Assertions(fromId, type, toId)).add(planned, role, kind);
    }

    private void recordMentions(List<Planned> batch) {
        Map<String, Map<String, Object>> mentions = new LinkedHashMap<>();
        for (Planned planned : batch) {
            Set<String> ids = new LinkedHashSet<>();
            planned.nodes.values().forEach(n -> ids.add(n.id));
            ids.addAll(planned.incidentIds.values());
            for (String id : ids) {
                Map<String, Object> row = mentions.computeIfAbsent(id, k -> {
                    Map<String, Object> r = new HashMap<>();
                    r.put("id", k);
                    r.put("sources", new ArrayList<String>());
                    r.put("agencies", new LinkedHashSet<String>());
                    r.put("areas", new TreeSet<String>());
                    return r;
                });
                fold(row, planned);
            }
        }
        List<Map<String, Object>> rows = mentions.values().stream().map(row -> {
            Map<String, Object> r = new HashMap<>(row);
            r.put("agencies", List.copyOf((Set<?>) row.get("agencies")));
            r.put("areas", List.copyOf((Set<?>) row.get("areas")));
            return r;
        }).toList();
        tx.run("ingest/record-mentions", Map.of("mentions", rows));
    }

    @SuppressWarnings("unchecked")
    private static void fold(Map<String, Object> row, Planned planned) {
        OffsetDateTime at = planned.submission.submittedAt();
        ((List<String>) row.get("sources")).add(planned.id);
        ((Set<String>) row.get("agencies")).add(planned.submission.agency());
        ((Set<String>) row.get("areas")).addAll(planned.areas);
        row.merge("firstReported", at, (a, b) -> ((OffsetDateTime) a).isBefore((OffsetDateTime) b) ? a : b);
        row.merge("lastReported", at, (a, b) -> ((OffsetDateTime) a).isAfter((OffsetDateTime) b) ? a : b);
    }

    private void finish(List<Planned> batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Planned planned : batch) {
            Map<String, String> entityIds = new LinkedHashMap<>();
            planned.nodes.forEach((ref, node) -> entityIds.put(ref, node.id));
            planned.receipt = new SubmissionReceipt(planned.id, planned.submission.submissionRef(), entityIds, planned.incidentIds);
            rows.add(Map.of("id", planned.id, "receipt", receiptJson.apply(planned.receipt), "areas", List.copyOf(planned.areas)));
        }
        tx.run("ingest/finish-submissions", Map.of("submissions", rows));
    }
}
