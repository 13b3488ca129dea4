package org.linkmap.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Small graphs built through the API as agencies would submit them, so every link has real provenance. Entities
 * are named by a short handle; a handle met again in a later submission names the node already made.
 */
final class GraphFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LinkmapClient client;
    private final Map<String, String> ids = new HashMap<>();
    private int submissions;

    GraphFixture(LinkmapClient client) {
        this.client = client;
    }

    String id(String handle) {
        assertThat(ids).containsKey(handle);
        return ids.get(handle);
    }

    Submission submission(String agency, String date, int source, String intelligence, String handling) {
        return new Submission(agency, date, source, intelligence, handling);
    }

    /**
     * The graph most tests use. Links, with their submissions (agency, date, grading):
     * a-ASSOCIATES_WITH-b (POLICE 01-10 1A; CSC 05-01 2B), a-USES-p1 (POLICE 01-10 1A), b-EXPLOITS-c (CSC 03-15 3D),
     * d-USES-p1 (CSC 05-01 2B), d-EXPLOITS-e (POLICE 06-20 2C, handling C), e-FREQUENTS-hotel (POLICE 02-01 1D;
     * HEALTH 07-01 3A), b-ASSOCIATES_WITH-d (HEALTH 08-01 2B). c and e are children.
     */
    GraphFixture standard() {
        submission("LANCASHIRE_POLICE", "2026-01-10", 1, "A", "P").poi("a", "Alan Fixture").poi("b", "Brian Fixture")
                .phone("p1", "07700 900001").link("a", "b", "ASSOCIATES_WITH").link("a", "p1", "USES").send();
        submission("BLACKPOOL_CSC", "2026-03-15", 3, "D", "P").child("c", "Cara Fixture").link("b", "c", "EXPLOITS").send();
        submission("BLACKPOOL_CSC", "2026-05-01", 2, "B", "P").poi("d", "Derek Fixture").link("a", "b", "ASSOCIATES_WITH")
                .link("d", "p1", "USES").send();
        submission("LANCASHIRE_POLICE", "2026-06-20", 2, "C", "C").child("e", "Ella Fixture").link("d", "e", "EXPLOITS").send();
        submission("LANCASHIRE_POLICE", "2026-02-01", 1, "D", "P").hotel("hotel", "Fixture Hotel", 53.8000, -3.0500)
                .link("e", "hotel", "FREQUENTS").send();
        submission("BLACKPOOL_HEALTH", "2026-07-01", 3, "A", "P").link("e", "hotel", "FREQUENTS").send();
        submission("BLACKPOOL_HEALTH", "2026-08-01", 2, "B", "P").link("b", "d", "ASSOCIATES_WITH").send();
        return this;
    }

    final class Submission {
        private final ObjectNode body = JSON.createObjectNode();
        private final ArrayNode entities = body.putArray("entities");
        private final ArrayNode links = body.putArray("links");
        private final ArrayNode incidents = body.putArray("incidents");
        private final Set<String> named = new LinkedHashSet<>();
        private final Map<String, String> incidentRefs = new HashMap<>();

        Submission(String agency, String date, int source, String intelligence, String handling) {
            body.put("submissionRef", "FIXTURE-" + (++submissions));
            body.put("agency", agency);
            body.put("submittedBy", "Fixture");
            body.put("submittedAt", date + "T09:00:00Z");
            ObjectNode grading = body.putObject("grading");
            grading.put("source", source);
            grading.put("intelligence", intelligence);
            grading.put("handling", handling);
        }

        Submission poi(String handle, String name) {
            return person(handle, name, "POI");
        }

        Submission child(String handle, String name) {
            return person(handle, name, "CHILD");
        }

        Submission person(String handle, String name, String role) {
            ObjectNode person = entity(handle, "PERSON");
            person.put("name", name);
            person.putArray("roles").add(role);
            return this;
        }

        Submission phone(String handle, String number) {
            entity(handle, "PHONE").put("number", number);
            return this;
        }

        Submission hotel(String handle, String name, double lat, double lon) {
            ObjectNode place = entity(handle, "LOCATION");
            place.put("name", name);
            place.put("locationType", "HOTEL");
            place.put("lat", lat);
            place.put("lon", lon);
            return this;
        }

        Submission link(String from, String to, String type) {
            ObjectNode link = links.addObject();
            link.put("from", ref(from));
            link.put("to", ref(to));
            link.put("type", type);
            return this;
        }

        /** An incident at a point (or, with {@code place}, at a named location), involving the people named. */
        Submission incident(String handle, String at, Double lat, Double lon, String place, String... involved) {
            ObjectNode incident = incidents.addObject();
            incident.put("ref", handle);
            incident.put("incidentType", "SIGHTING");
            incident.put("occurredAt", at);
            if (place != null) {
                incident.put("location", ref(place));
            }
            if (lat != null) {
                incident.put("lat", lat);
                incident.put("lon", lon);
            }
            ArrayNode people = incident.putArray("involved");
            for (String person : involved) {
                ObjectNode role = people.addObject();
                role.put("ref", ref(person));
                role.put("role", "SUSPECT");
            }
            incident.put("summary", "Fixture sighting.");
            incidentRefs.put(handle, handle);
            return this;
        }

        private ObjectNode entity(String handle, String type) {
            named.add(handle);
            ObjectNode entity = entities.addObject();
            entity.put("ref", handle);
            entity.put("type", type);
            return entity;
        }

        /** The ref of a handle, adding {ref, id} for a node an earlier submission made. */
        private String ref(String handle) {
            if (!named.contains(handle)) {
                named.add(handle);
                entities.addObject().put("ref", handle).put("id", id(handle));
            }
            return handle;
        }

        JsonNode send() {
            LinkmapClient.Reply reply = client.submit(body.toString());
            assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
            reply.body().get("entities").fields().forEachRemaining(e -> ids.putIfAbsent(e.getKey(), e.getValue().asText()));
            reply.body().get("incidents").fields().forEachRemaining(e -> ids.putIfAbsent(e.getKey(), e.getValue().asText()));
            return reply.body();
        }
    }
}
