package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every field of each meeting-cycle request replaced in turn by wrong types, huge or empty text, injection
 * strings and odd shapes: never a 5xx, a 400 always names a field, and a refused request writes nothing.
 */
@HarnessTest
class MaceBadInputTest extends ApiTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void shouldRefuseDatesNoMeetingTaskingOrPlacementHasNamingTheField() {
        String child = new Fixtures.Submission("R-1", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Tasha Example", "LCS-1").send(client).get("entities").get("c").asText();
        client.get("/api/entities/" + child, "mace"); // the pseudonyms' key is made on first use
        long[] before = client.graphSize();
        Map<String, String> refused = Map.of(
                "/api/meetings|date", Fixtures.meeting("MACE", "BLACKPOOL", "2999-12-31"),
                "/api/taskings|due", Fixtures.tasking(child, "Visit", "BLACKPOOL_CSC", "1900-01-01"),
                "/api/placements|from", "{\"child\": {\"id\": \"" + child + "\"}, \"homeAuthority\": \"MANCHESTER_CC\", "
                        + "\"area\": \"BLACKPOOL\", \"from\": \"2999-01-01\"}");
        refused.forEach((pathAndField, body) -> {
            String[] parts = pathAndField.split("\\|");
            LinkmapClient.Reply reply = client.post(parts[0], "mace", body);
            assertThat(reply.status()).as(pathAndField + " " + reply.raw()).isEqualTo(400);
            assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo(parts[1]);
            assertThat(reply.body().get("errors").get(0).get("message").asText()).startsWith("must lie between");
        });
        assertThat(client.graphSize()).isEqualTo(before);
    }

    @Test
    void shouldAnswerEveryBadFieldWith400AndWriteNothing() throws Exception {
        String child = new Fixtures.Submission("R-1", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Tasha Example", "LCS-1").send(client).get("entities").get("c").asText();
        String tasking = Fixtures.id(client.post("/api/taskings", "mace", Fixtures.tasking(child, "Visit", "BLACKPOOL_CSC", "2026-12-31")));
        Map<String, String> templates = Map.of(
                "/api/meetings", Fixtures.meeting("MACE", "BLACKPOOL", "2026-12-14"),
                "/api/taskings", Fixtures.tasking(child, "Visit", "BLACKPOOL_CSC", "2026-12-31"),
                "/api/disruptions", "{\"tactic\": \"VISIT\", \"target\": {\"id\": \"" + child + "\"}, \"date\": \"2026-11-01\", "
                        + "\"outcome\": \"Seen\", \"taskingId\": \"" + tasking + "\", \"childrenEngaged\": 1}",
                "/api/campaigns", "{\"name\": \"Week\", \"area\": \"BLACKPOOL\", \"from\": \"2026-11-16\", \"to\": \"2026-11-22\", "
                        + "\"top\": 2, \"hotspotQuery\": {\"method\": \"dbscan\", \"eps\": 150}}",
                "/api/placements", "{\"child\": {\"id\": \"" + child + "\"}, \"homeAuthority\": \"MANCHESTER_CC\", "
                        + "\"area\": \"BLACKPOOL\", \"from\": \"2026-09-01\"}");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (var template : templates.entrySet()) {
            ObjectNode body = (ObjectNode) JSON.readTree(template.getValue());
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            for (String field : fields) {
                for (JsonNode bad : nasty()) {
                    ObjectNode changed = body.deepCopy();
                    changed.set(field, bad);
                    long[] size = client.graphSize();
                    LinkmapClient.Reply reply = client.post(template.getKey(), "mace", changed.toString());
                    sent++;
                    boolean wrote = !java.util.Arrays.equals(size, client.graphSize());
                    if (reply.status() >= 500 || (reply.status() >= 400 && wrote)
                            || (reply.status() == 400 && !reply.raw().contains("\"field\""))) {
                        failures.add(template.getKey() + " " + field + "=" + bad + " -> " + reply.status() + " " + reply.raw());
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(sent).isGreaterThan(200);
        assertThat(client.patch("/api/taskings/" + tasking, "mace", "{\"status\": [\"DONE\"]}").status()).isEqualTo(400);
    }

    private static List<JsonNode> nasty() {
        List<JsonNode> values = new ArrayList<>(List.of(NODES.textNode(""), NODES.textNode("x".repeat(25_000)),
                NODES.textNode("'}) MATCH (n) DETACH DELETE n //"), NODES.textNode("2026-13-45"), NODES.numberNode(7),
                NODES.numberNode(1.5), NODES.numberNode(-1), NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(),
                NODES.objectNode(), NODES.textNode("\u0000")));
        ObjectNode deep = NODES.objectNode();
        ObjectNode cursor = deep;
        for (int k = 0; k < 50; k++) {
            cursor = cursor.putObject("x");
        }
        values.add(deep);
        ObjectNode badOutline = NODES.objectNode();
        badOutline.putObject("hotspot").put("type", "Polygon").putArray("coordinates").addArray().addArray().add(500).add(95);
        values.add(badOutline);
        return values;
    }

}
