package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** What a client can get wrong is a 4xx naming the field, never a 500, and never a write. */
@HarnessTest
class BadRequestsTest extends ApiTestSupport {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/hotspots?eps=-1 | eps",
            "/api/hotspots?minPoints=0 | minPoints",
            "/api/hotspots?eps=abc | eps",
            "/api/hotspots?method=voronoi | method",
            "/api/hotspots?method=kde&bandwidth=wide | bandwidth",
            "/api/hotspots?from=yesterday | from",
            "/api/hotspots?from=2026-02-01&to=2026-01-01 | to",
            "/api/hotspots?types=CONCERN,PARTY | types",
            "/api/hotspots?area=ATLANTIS | area",
            "/api/campaigns?area=NOPE | area",
            "/api/placements?area=NOPE | area",
            "/api/incidents?bbox=1,2,3 | bbox",
            "/api/incidents?bbox=-3,54,-2,NaN | bbox",
            "/api/network/00000000-0000-0000-0000-000000000000?depth=5 | depth",
            "/api/network/00000000-0000-0000-0000-000000000000?kinds=PERSON,GHOST | kinds",
            "/api/hotspots?to=%2B999999999-12-31 | to",
            "/api/hotspots?to=+999999999-12-31 | to",
            "/api/incidents?to=%2B999999999-12-31 | to",
            "/api/incidents?from=-999999999-01-01 | from",
            "/api/search?q=one+two+three+four+five+six+seven+eight+nine+ten+eleven | q",
            "/api/audit?limit=0 | limit"})
    void shouldNameTheBadQueryParameter(String path, String field) {
        String user = path.startsWith("/api/audit") ? "admin" : "analyst";
        LinkmapClient.Reply reply = client.get(path, user);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.body())).contains(field);
    }

    /** Paths Tomcat refuses before the service sees them are answered as problems too, not with an HTML page. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/entities/a%2Fb", "/api/entities/a%00b", "/api/entities/a%5Cb", "/map.html%2F"})
    void shouldAnswerAPathTomcatCannotReadWithAProblem(String path) {
        LinkmapClient.Reply reply = client.get(path, "analyst");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body().get("detail").asText()).contains("cannot be read");
    }

    /** A JSON body sent as another type is refused before it is read: 415, nothing written. */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"POST, /api/meetings, mace", "POST, /api/taskings, mace", "PATCH, /api/taskings/t1, mace", "POST, /api/campaigns, mace",
            "POST, /api/disruptions, mace", "POST, /api/placements, mace", "PATCH, /api/placements/p1, mace",
            "POST, /api/entities/e1/merge, analyst", "POST, /api/entities/e1/not-same, analyst", "PUT, /api/locations/l1/concern, analyst",
            "POST, /api/submissions, analyst"})
    void shouldRefuseAJsonBodySentAsAnotherType(String method, String path, String user) {
        long[] before = client.graphSize();

        LinkmapClient.Reply reply = client.send(method, path, user, "text/plain", "{\"kind\": \"MACE\", \"area\": \"BLACKPOOL\"}");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(415);
        assertThat(reply.body().get("detail").asText()).contains("application/json");
        assertThat(client.graphSize()).isEqualTo(before);
    }

    @Test
    void shouldAnswerTheErrorPathItselfWithANotFoundProblem() {
        LinkmapClient.Reply reply = client.get("/error", null);

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void shouldNameAFieldTheFormatDoesNotHave() {
        String body = LinkmapClient.resource("examples/submission-mace-referral.json").replace("\"lat\": 53.8132", "\"latitude\": 53.8132");

        LinkmapClient.Reply reply = client.submit(body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.body())).containsExactly("entities[5].latitude");
        assertThat(client.graphSize()).containsExactly(0, 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"submissionRef\": \"LANCS-POL-2026-00417\" | \"submissionRef\": 417 | submissionRef",
            "\"source\": 2 | \"source\": 2.5 | grading.source",
            "\"source\": 2 | \"source\": \"2\" | grading.source",
            "\"lat\": 53.8132 | \"lat\": \"north\" | entities[5].lat",
            "\"lat\": 53.8132 | \"lat\": \"53.8132\" | entities[5].lat",
            "\"dobYear\": 1994 | \"dobYear\": true | entities[1].dobYear"})
    void shouldNameAFieldOfTheWrongTypeInsteadOfConvertingIt(String from, String to, String field) {
        String submission = LinkmapClient.resource("examples/submission-mace-referral.json");
        assertThat(submission).contains(from);

        LinkmapClient.Reply reply = client.submit(submission.replace(from, to));

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(fields(reply.body())).containsExactly(field);
        assertThat(client.graphSize()).containsExactly(0, 0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "\"lat\": 53.8132 | \"lat\": 1e-400 | entities[5].lat | too close to 0",
            "\"lat\": 53.8132 | \"lat\": 1e400 | entities[5].lat | too large",
            "\"lat\": 53.8132, \"lon\": -3.0541 | \"lat\": -53.8132, \"lon\": -3.0541 | entities[5].lat | outside the service region (Great Britain",
            "\"lat\": 53.8132, \"lon\": -3.0541 | \"lat\": 53.8132, \"lon\": 3.0541 | entities[5].lon | outside the service region",
            "\"easting\": 331050, \"northing\": 435780 | \"easting\": 0, \"northing\": 0 | entities[6].northing | outside the service region",
            "\"agency\": \"LANCASHIRE_POLICE\", | \"agency\": \"LANCASHIRE_POLICE\", \"agency\": \"BLACKPOOL_CSC\", | agency | is given twice",
            "\"occurredAt\": \"2026-10-30T22:40:00Z\" | \"occurredAt\": \"+999999999-12-31T23:59:59Z\" | incidents[0].occurredAt | future",
            "\"occurredAt\": \"2026-10-30T22:40:00Z\" | \"occurredAt\": \"-999999999-01-01T00:00:00Z\" | incidents[0].occurredAt | before 1900-01-01"})
    void shouldRefuseInputThatWouldPoisonTheAnalysis(String from, String to, String field, String message) {
        String submission = LinkmapClient.resource("examples/submission-mace-referral.json");
        assertThat(submission).contains(from);

        LinkmapClient.Reply reply = client.submit(submission.replace(from, to));

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(fields(reply.body())).containsExactly(field);
        assertThat(reply.body().get("errors").get(0).get("message").asText()).contains(message);
        assertThat(client.graphSize()).containsExactly(0, 0);
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() {
        byte[] text = LinkmapClient.resource("examples/submission-mace-referral.json").replace("Example Road", "Exampl\u00e9 Road")
                .getBytes(StandardCharsets.ISO_8859_1);

        LinkmapClient.Reply reply = client.post("/api/submissions", "analyst", "application/json", text);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.body())).containsExactly("body");
        assertThat(reply.body().get("errors").get(0).get("message").asText()).isEqualTo("is not valid UTF-8");
        assertThat(client.graphSize()).containsExactly(0, 0);
    }

    @Test
    void shouldRefuseMalformedJson() {
        LinkmapClient.Reply reply = client.submit("{\"submissionRef\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply.body())).containsExactly("body");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "PUT|/api/locations/00000000-0000-0000-0000-000000000000/concern|mace|{\"reason\": \"a\", \"reason\": \"b\"}|reason",
        "POST|/api/entities/00000000-0000-0000-0000-000000000000/merge|analyst|{\"otherId\": \"x\", \"reason\": \"a\", \"reason\": \"b\"}|reason",
        "POST|/api/entities/00000000-0000-0000-0000-000000000000/not-same|analyst|{\"otherId\": \"a\", \"otherId\": \"b\"}|otherId",
        "POST|/api/taskings|mace|{\"action\": \"a\", \"action\": \"b\"}|action",
        "POST|/api/meetings|mace|{\"kind\": \"MACE\", \"area\": \"BLACKPOOL\", \"area\": \"LANCS_EAST\", \"date\": \"2026-12-14\"}|area"})
    void shouldRefuseAKeyGivenTwiceNamingIt(String method, String path, String user, String body, String field) {
        long[] before = client.graphSize();
        LinkmapClient.Reply reply = method.equals("PUT") ? client.put(path, user, body) : client.post(path, user, body);

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(fields(reply.body())).containsExactly(field);
        assertThat(reply.body().get("errors").get(0).get("message").asText()).isEqualTo("is given twice");
        assertThat(client.graphSize()).isEqualTo(before);
    }

    @Test
    void shouldRefuseABodyOverTheLimitWith413() {
        String huge = "{\"narrative\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}";

        LinkmapClient.Reply reply = client.post("/api/submissions", "analyst", "application/json", huge.getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(client.graphSize()).containsExactly(0, 0);
    }

    @Test
    void shouldPlaceALocationGivenOnlyAKnownPostcodeAndRefuseAnUnknownOne() {
        String known = LinkmapClient.resource("examples/submission-mace-referral.json")
                .replace("\"easting\": 331050, \"northing\": 435780", "\"postcode\": \"FY1 1AD\"");
        String unknown = known.replace("LANCS-POL-2026-00417", "LANCS-POL-2026-00418").replace("FY1 1AD", "FY9 9ZZ");

        LinkmapClient.Reply placed = client.submit(known);
        String carPark = placed.body().get("entities").get("l2").asText();
        JsonNode location = client.get("/api/entities/" + carPark, "analyst").body().get("properties");
        LinkmapClient.Reply refused = client.submit(unknown);

        assertThat(placed.status()).isEqualTo(201);
        assertThat(location.get("geocodedFrom").asText()).isEqualTo("postcode");
        assertThat(location.get("latitude").asDouble()).isBetween(53.81, 53.83);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.body())).containsExactly("entities[6].postcode");
    }

    private static java.util.List<String> fields(JsonNode problem) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}
