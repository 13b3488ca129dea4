package org.linkmap.service.mace;

import java.util.ArrayList;
import java.util.List;

import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Small builders of submissions and meeting-cycle requests for the tests of this package. Fictional people only. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A submission builder: a forum, entities, incidents, links, as JSON text. */
    public static final class Submission {
        private final String ref;
        private final String agency;
        private final String submittedAt;
        private String forum = "";
        private final List<String> entities = new ArrayList<>();
        private final List<String> incidents = new ArrayList<>();
        private final List<String> links = new ArrayList<>();

        public Submission(String ref, String agency, String submittedAt) {
            this.ref = ref;
            this.agency = agency;
            this.submittedAt = submittedAt;
        }

        public Submission forum(String kind, String area) {
            forum = "\"forum\": {\"kind\": \"" + kind + "\", \"area\": \"" + area + "\"},";
            return this;
        }

        public Submission child(String ref, String name, String lcs) {
            entities.add("{\"ref\": \"" + ref + "\", \"type\": \"PERSON\", \"roles\": [\"CHILD\"], \"name\": \"" + name
                    + "\", \"dobYear\": 2011, \"gender\": \"F\", \"identifiers\": {\"LCS\": \"" + lcs + "\"}, \"riskLevel\": \"HIGH\", \"hazards\": [\"CSE\"]}");
            return this;
        }

        /** A child with no exploitation flag and no risk level recorded. */
        public Submission plainChild(String ref, String name, String lcs) {
            entities.add("{\"ref\": \"" + ref + "\", \"type\": \"PERSON\", \"roles\": [\"CHILD\"], \"name\": \"" + name
                    + "\", \"dobYear\": 2012, \"identifiers\": {\"LCS\": \"" + lcs + "\"}}");
            return this;
        }

        /** An incident at a place the submission names. */
        public Submission incidentAt(String type, String occurredAt, String locationRef, String involvedRef, String role) {
            incidents.add("{\"ref\": \"i" + incidents.size() + "\", \"incidentType\": \"" + type + "\", \"occurredAt\": \""
                    + occurredAt + "\", \"location\": \"" + locationRef + "\", \"involved\": [{\"ref\": \"" + involvedRef
                    + "\", \"role\": \"" + role + "\"}]}");
            return this;
        }

        /** Any entity, as the submission format's JSON object. */
        public Submission entity(String json) {
            entities.add(json);
            return this;
        }

        public Submission poi(String ref, String name, String pnc) {
            entities.add("{\"ref\": \"" + ref + "\", \"type\": \"PERSON\", \"roles\": [\"POI\"], \"name\": \"" + name
                    + "\", \"gender\": \"M\", \"identifiers\": {\"PNC\": \"" + pnc + "\"}}");
            return this;
        }

        public Submission location(String ref, String name, String type, double lat, double lon) {
            entities.add("{\"ref\": \"" + ref + "\", \"type\": \"LOCATION\", \"name\": \"" + name + "\", \"locationType\": \""
                    + type + "\", \"lat\": " + lat + ", \"lon\": " + lon + "}");
            return this;
        }

        public Submission incident(String type, String occurredAt, double lat, double lon, String involvedRef, String role) {
            String involved = involvedRef == null ? "[]" : "[{\"ref\": \"" + involvedRef + "\", \"role\": \"" + role + "\"}]";
            incidents.add("{\"ref\": \"i" + incidents.size() + "\", \"incidentType\": \"" + type + "\", \"occurredAt\": \""
                    + occurredAt + "\", \"lat\": " + lat + ", \"lon\": " + lon + ", \"involved\": " + involved + "}");
            return this;
        }

        public Submission link(String from, String to, String type) {
            links.add("{\"from\": \"" + from + "\", \"to\": \"" + to + "\", \"type\": \"" + type + "\"}");
            return this;
        }

        public String json() {
            return "{\"submissionRef\": \"" + ref + "\", \"agency\": \"" + agency + "\", \"submittedBy\": \"Test officer\", "
                    + "\"submittedAt\": \"" + submittedAt + "\", " + forum
                    + "\"grading\": {\"source\": 2, \"intelligence\": \"B\", \"handling\": \"P\"}, "
                    + "\"entities\": [" + String.join(", ", entities) + "], "
                    + "\"links\": [" + String.join(", ", links) + "], "
                    + "\"incidents\": [" + String.join(", ", incidents) + "]}";
        }

        /** Sends it as the analyst and answers the receipt. */
        public JsonNode send(LinkmapClient client) {
            LinkmapClient.Reply reply = client.submit(json());
            if (reply.status() != 201) {
                throw new AssertionError("submission " + ref + " refused: " + reply.raw());
            }
            return reply.body();
        }
    }

    static String meeting(String kind, String area, String date) {
        return "{\"kind\": \"" + kind + "\", \"area\": \"" + area + "\", \"date\": \"" + date + "\"}";
    }

    public static String tasking(String targetId, String action, String agency, String due) {
        return "{\"target\": {\"id\": \"" + targetId + "\"}, \"action\": \"" + action + "\", \"assignedTo\": \"" + agency
                + "\", \"due\": \"" + due + "\"}";
    }

    public static String id(LinkmapClient.Reply reply) {
        if (reply.status() != 201) {
            throw new AssertionError("expected 201: " + reply.status() + " " + reply.raw());
        }
        return reply.body().get("id").asText();
    }

    /** Each element's {@code field} as text, or each element itself when {@code field} is null. */
    public static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add((field == null ? n : n.get(field)).asText()));
        return values;
    }
}
