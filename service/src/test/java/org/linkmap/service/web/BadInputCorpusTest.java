package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A generated corpus of bad input: every field of the example submissions replaced in turn by wrong types,
 * extreme numbers, huge or empty text, control characters, deep nesting and injection strings; fields
 * removed; and the same values in every query parameter of the read endpoints. No answer may be a 5xx,
 * a rejected submission must write nothing, and no injection may ever remove data.
 */
@HarnessTest
class BadInputCorpusTest extends ApiTestSupport {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NASTY_TEXT = List.of(
            "", " ", "x".repeat(25_000), "'}) MATCH (n) DETACH DELETE n //", "` DETACH DELETE n //", "\") RETURN 1 UNION MATCH (n) DETACH DELETE n //",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/x}", "../../etc/passwd", "\u0000\u0001", "NaN", "-Infinity",
            "1e400", "2026-13-45T99:99:99Z", "null", "☃💥", "=HYPERLINK(\"http://x\")", "%00", "PERSON` DETACH DELETE n //");
    private static final List<JsonNode> NASTY_VALUES = nastyValues();

    @Test
    void shouldNeverFailWithAServerErrorNorWriteForARejectedSubmission() throws Exception {
        List<String> corpus = submissions();
        int rejected = 0;
        int accepted = 0;
        long[] size = client.graphSize();
        for (String body : corpus) {
            LinkmapClient.Reply reply = client.submit(body);
            assertThat(reply.status()).as(body.length() > 400 ? body.substring(0, 400) : body).isLessThan(500);
            long[] after = client.graphSize();
            if (reply.status() >= 400) {
                rejected++;
                assertThat(after).as("a rejected submission wrote something: " + reply.raw()).containsExactly(size);
                assertThat(reply.contentType()).startsWith("application/problem+json");
            } else {
                accepted++;
                assertThat(after[0]).as("nodes never disappear").isGreaterThanOrEqualTo(size[0]);
            }
            size = after;
        }
        assertThat(corpus).hasSizeGreaterThan(2_000);
        assertThat(rejected).isGreaterThan(1_500);
        assertThat(accepted).isPositive();
        System.out.printf("Bad-input corpus: %d submissions, %d rejected with 4xx, %d accepted, 0 server errors%n",
                corpus.size(), rejected, accepted);
    }

    @Test
    void shouldNeverFailWithAServerErrorOnQueryParameters() {
        List<String> paths = List.of("/api/hotspots?method=%s", "/api/hotspots?eps=%s", "/api/hotspots?minPoints=%s",
                "/api/hotspots?from=%s", "/api/hotspots?to=%s", "/api/hotspots?types=%s", "/api/hotspots?area=%s",
                "/api/incidents?bbox=%s", "/api/incidents?from=%s", "/api/network/%s", "/api/network/%s?depth=2",
                "/api/network/00000000-0000-0000-0000-000000000000?depth=%s", "/api/network/00000000-0000-0000-0000-000000000000?kinds=%s",
                "/api/entities/%s", "/api/hotspots/%s", "/api/submissions/%s", "/api/submissions?limit=%s", "/api/submissions?offset=%s",
                "/api/submissions?agency=%s", "/api/network/%s/export?format=csv", "/api/network/00000000-0000-0000-0000-000000000000/export?format=%s", "/api/search?q=%s", "/api/search?limit=%s",
                "/api/meetings?area=%s", "/api/meetings?kind=%s", "/api/meetings?limit=%s", "/api/meetings/%s/agenda",
                "/api/taskings?status=%s", "/api/taskings?overdue=%s", "/api/taskings?limit=%s", "/api/taskings/%s",
                "/api/disruptions/%s/effect", "/api/disruptions?offset=%s", "/api/campaigns/%s", "/api/placements?area=%s",
                "/api/reports/measures?from=%s", "/api/reports/measures?area=%s", "/api/reports/risk-document?area=%s",
                "/api/reports/problem-profile?area=%s", "/api/reports/problem-profile?area=BLACKPOOL&from=%s",
                "/api/reports/problem-profile?area=BLACKPOOL&to=%s",
                "/api/referrals?limit=%s", "/api/postcodes/%s",
                "/api/audit?limit=%s", "/api/audit?offset=%s", "/api/audit?user=%s", "/api/audit?entityId=%s");
        List<String> values = new ArrayList<>(List.of("-1", "0", "99999999999999999999", "NaN", "1e308", "abc", "%27%20OR%201=1",
                "%0A%0D", "..%2F..%2F", "MATCH%20(n)%20DETACH%20DELETE%20n", "2026-02-30", "1,2,3,4,5", "%E2%98%83", "x".repeat(3000)));
        int requests = 0;
        int asAdmin = 0;
        for (String path : paths) {
            for (String value : values) {
                String user = path.startsWith("/api/audit") ? "admin" : "analyst";
                asAdmin += user.equals("admin") ? 1 : 0;
                LinkmapClient.Reply reply = client.get(String.format(path, value), user);
                assertThat(reply.status()).as(path + " with " + value.substring(0, Math.min(40, value.length()))).isLessThan(500);
                requests++;
            }
        }
        assertThat(requests).isEqualTo(paths.size() * values.size());
        assertThat(asAdmin).as("the audit trail's parameters are tried as the role that may read it").isEqualTo(4 * values.size());
        System.out.printf("Bad query parameters: %d requests, 0 server errors%n", requests);
    }

    /**
     * Input that used to be accepted and poison the analysis or the record: positions outside the service
     * region, numbers a double cannot hold, keys given twice, bytes that are not UTF-8, dates no record has.
     * Each must be a 400 problem and write nothing.
     */
    @Test
    void shouldRefusePoisonedInputAndWriteNothing() {
        String example = LinkmapClient.resource("examples/submission-mace-referral.json");
        List<byte[]> corpus = new ArrayList<>();
        for (String lat : List.of("0", "-90", "90", "49.7", "61", "1e-400", "-1e-400", "4.9e-325", "1e400", "-1e400", "0.0e-999")) {
            corpus.add(utf8(example.replace("\"lat\": 53.8132", "\"lat\": " + lat)));
        }
        for (String lon : List.of("10", "180", "-180", "-9", "2", "1e-400", "1e400")) {
            corpus.add(utf8(example.replace("\"lon\": -3.0541", "\"lon\": " + lon)));
        }
        for (String grid : List.of("\"easting\": 0, \"northing\": 0", "\"easting\": 699999, \"northing\": 1299999",
                "\"easting\": 1e-400, \"northing\": 435780", "\"easting\": 331050, \"northing\": 1e400")) {
            corpus.add(utf8(example.replace("\"easting\": 331050, \"northing\": 435780", grid)));
        }
        for (String twice : List.of("\"agency\": \"LANCASHIRE_POLICE\", \"agency\": \"BLACKPOOL_CSC\",",
                "\"agency\": \"LANCASHIRE_POLICE\", \"submissionRef\": \"OTHER-1\",",
                "\"agency\": \"LANCASHIRE_POLICE\", \"narrative\": \"a\", \"narrative\": \"b\",")) {
            corpus.add(utf8(example.replace("\"agency\": \"LANCASHIRE_POLICE\",", twice)));
        }
        corpus.add(utf8(example.replace("\"lat\": 53.8132, \"lon\": -3.0541", "\"lat\": 53.8132, \"lat\": 53.9, \"lon\": -3.0541")));
        for (String at : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                "1899-12-31T23:59:59Z", "2999-01-01T00:00:00Z")) {
            corpus.add(utf8(example.replace("\"occurredAt\": \"2026-10-30T22:40:00Z\"", "\"occurredAt\": \"" + at + "\"")));
            corpus.add(utf8(example.replaceFirst("\"submittedAt\": \"[^\"]+\"", "\"submittedAt\": \"" + at + "\"")));
        }
        for (String date : List.of("+999999999-12-31", "-999999999-01-01", "0001-01-01")) {
            corpus.add(utf8(example.replaceFirst("\"meetingDate\": \"[^\"]+\"", "\"meetingDate\": \"" + date + "\"")));
            corpus.add(utf8(example.replace("\"dob\": \"2011-05-04\"", "\"dob\": \"" + date + "\"")));
        }
        for (byte[] bad : List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0xAF},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE2, (byte) 0x82})) {
            byte[] before = utf8(example.substring(0, example.indexOf("Example Road")));
            byte[] after = utf8(example.substring(example.indexOf("Example Road")));
            byte[] body = new byte[before.length + bad.length + after.length];
            System.arraycopy(before, 0, body, 0, before.length);
            System.arraycopy(bad, 0, body, before.length, bad.length);
            System.arraycopy(after, 0, body, before.length + bad.length, after.length);
            corpus.add(body);
        }
        for (byte[] body : corpus) {
            String shown = new String(body, java.nio.charset.StandardCharsets.UTF_8);
            LinkmapClient.Reply reply = client.post("/api/submissions", "analyst", "application/json", body);
            assertThat(reply.status()).as(shown.substring(0, Math.min(300, shown.length())) + " -> " + reply.raw()).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.body().get("errors")).isNotEmpty();
            assertThat(client.graphSize()).containsExactly(0, 0);
        }
        System.out.printf("Poisoned input: %d submissions, every one 400, nothing written%n", corpus.size());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<String> submissions() throws Exception {
        List<String> corpus = new ArrayList<>();
        Random random = new Random(42);
        int serial = 0;
        for (String example : List.of("examples/submission-mace-referral.json", "examples/submission-csc-corroboration.json")) {
            JsonNode original = JSON.readTree(LinkmapClient.resource(example));
            List<String> paths = new ArrayList<>();
            leafPaths(original, "", paths);
            for (String path : paths) {
                for (JsonNode value : NASTY_VALUES) {
                    corpus.add(mutate(original, path, n -> value, "FUZZ-" + serial++));
                }
                corpus.add(mutate(original, path, n -> null, "FUZZ-" + serial++));
            }
            for (int i = 0; i < 200; i++) {
                String path = paths.get(random.nextInt(paths.size()));
                String other = paths.get(random.nextInt(paths.size()));
                JsonNode value = NASTY_VALUES.get(random.nextInt(NASTY_VALUES.size()));
                String once = mutate(original, path, n -> value, "FUZZ-" + serial++);
                corpus.add(mutate(JSON.readTree(once), other, n -> NASTY_VALUES.get(random.nextInt(NASTY_VALUES.size())), "FUZZ-" + serial++));
            }
        }
        corpus.add("[]");
        corpus.add("\"just a string\"");
        corpus.add("{}");
        corpus.add("{".repeat(5_000));
        corpus.add("[".repeat(3_000) + "]".repeat(3_000));
        corpus.add("{\"submissionRef\": 1e999999}");
        return corpus;
    }

    /** The example with a fresh reference, and the value at {@code path} replaced (or removed when the function gives null). */
    private static String mutate(JsonNode original, String path, Function<JsonNode, JsonNode> change, String ref) throws Exception {
        ObjectNode copy = (ObjectNode) original.deepCopy();
        copy.put("submissionRef", ref);
        String[] steps = path.substring(1).split("/");
        JsonNode parent = copy;
        for (int i = 0; i < steps.length - 1 && parent != null; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(steps[i])) : parent.get(steps[i]);
        }
        if (parent == null || !parent.isContainerNode() || parent.isArray() && Integer.parseInt(steps[steps.length - 1]) >= parent.size()) {
            return JSON.writeValueAsString(copy);
        }
        String last = steps[steps.length - 1];
        JsonNode replacement = change.apply(parent.isArray() ? parent.get(Integer.parseInt(last)) : parent.get(last));
        if (parent instanceof ObjectNode object) {
            if (replacement == null) {
                object.remove(last);
            } else {
                object.set(last, replacement);
            }
        } else if (parent instanceof ArrayNode array) {
            if (replacement == null) {
                array.remove(Integer.parseInt(last));
            } else {
                array.set(Integer.parseInt(last), replacement);
            }
        }
        return JSON.writeValueAsString(copy);
    }

    private static void leafPaths(JsonNode node, String prefix, List<String> paths) {
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                paths.add(prefix + "/" + name);
                leafPaths(node.get(name), prefix + "/" + name, paths);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.add(prefix + "/" + i);
                leafPaths(node.get(i), prefix + "/" + i, paths);
            }
        }
    }

    private static List<JsonNode> nastyValues() {
        List<JsonNode> values = new ArrayList<>();
        NASTY_TEXT.forEach(t -> values.add(NODES.textNode(t)));
        values.add(NODES.numberNode(0));
        values.add(NODES.numberNode(-1));
        values.add(NODES.numberNode(Long.MAX_VALUE));
        values.add(NODES.numberNode(1e308));
        values.add(NODES.numberNode(-1e308));
        values.add(NODES.numberNode(new java.math.BigInteger("9".repeat(60))));
        values.add(NODES.booleanNode(true));
        values.add(NODES.nullNode());
        values.add(NODES.arrayNode());
        values.add(NODES.objectNode());
        ArrayNode deep = NODES.arrayNode();
        ArrayNode cursor = deep;
        for (int i = 0; i < 200; i++) {
            cursor = cursor.addArray();
        }
        values.add(deep);
        ObjectNode wrongShape = NODES.objectNode();
        wrongShape.put("ref", "zz");
        wrongShape.put("type", "TELEPORTS_TO");
        values.add(wrongShape);
        return values;
    }
}
