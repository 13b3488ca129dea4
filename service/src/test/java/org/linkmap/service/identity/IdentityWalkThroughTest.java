package org.linkmap.service.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The two example submissions, as a police analyst would work through them. */
@HarnessTest
class IdentityWalkThroughTest extends ApiTestSupport {

    JsonNode police;
    JsonNode csc;

    @BeforeEach
    void submitBothExamples() {
        police = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).body().get("entities");
        csc = client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json")).body().get("entities");
    }

    @Test
    void shouldProposeMarrekAsMarekWithTheSharedPhoneAndAliasAmongTheReasons() {
        JsonNode marek = client.get("/api/entities/" + police.get("p1").asText(), "analyst").body();

        JsonNode match = onlyMatch(marek);
        assertThat(match.get("id").asText()).isEqualTo(csc.get("p1").asText());
        assertThat(match.get("label").asText()).isEqualTo("Marrek Fictionall");
        assertThat(texts(match.get("reasons"))).anyMatch(r -> r.contains("shares phone +447700900123"))
                .anyMatch(r -> r.contains("both known as 'Maz'"));
        assertThat(match.get("score").asDouble()).isGreaterThan(0.7);
    }

    @Test
    void shouldShowOnePersonExploitingBothChildrenAfterTheMergeAndTwoAgainAfterUndo() {
        String marek = police.get("p1").asText();
        String marrek = csc.get("p1").asText();

        LinkmapClient.Reply merged = client.post("/api/entities/" + marek + "/merge", "analyst",
                "{\"otherId\":\"" + marrek + "\",\"reason\":\"Same phone and nickname; confirmed by the CST\"}");

        assertThat(merged.status()).isEqualTo(201);
        assertThat(merged.body().get("survivorId").asText()).isEqualTo(marek);
        JsonNode network = client.get("/api/network/" + marek + "?depth=1&kinds=PERSON", "analyst").body();
        assertThat(texts(network.get("nodes"), "id")).contains(marek).doesNotContain(marrek);
        assertThat(exploitedBy(network, marek)).containsExactlyInAnyOrder(police.get("c1").asText(), csc.get("c2").asText());
        assertThat(client.get("/api/entities/" + marek, "analyst").body().get("possibleMatches")).isEmpty();

        LinkmapClient.Reply undone = client.post("/api/merges/" + merged.body().get("mergeId").asText() + "/undo", "analyst", "{}");

        assertThat(undone.status()).isEqualTo(200);
        JsonNode after = client.get("/api/network/" + marek + "?depth=1&kinds=PERSON", "analyst").body();
        assertThat(exploitedBy(after, marek)).containsExactly(police.get("c1").asText());
        JsonNode other = client.get("/api/network/" + marrek + "?depth=1&kinds=PERSON", "analyst").body();
        assertThat(exploitedBy(other, marrek)).containsExactly(csc.get("c2").asText());
        assertThat(onlyMatch(client.get("/api/entities/" + marek, "analyst").body()).get("id").asText()).isEqualTo(marrek);
        assertThat(client.post("/api/merges/" + merged.body().get("mergeId").asText() + "/undo", "analyst", "{}").status()).isEqualTo(404);
    }

    @Test
    void shouldNotProposeARejectedPairAgain() {
        String marek = police.get("p1").asText();

        LinkmapClient.Reply rejected = client.post("/api/entities/" + marek + "/not-same", "analyst",
                "{\"otherId\":\"" + csc.get("p1").asText() + "\"}");

        assertThat(rejected.status()).isEqualTo(204);
        assertThat(client.get("/api/entities/" + marek, "analyst").body().get("possibleMatches")).isEmpty();
    }

    @Test
    void shouldRefuseMergesThatMakeNoSense() {
        String marek = police.get("p1").asText();

        assertThat(client.post("/api/entities/" + marek + "/merge", "analyst", "{\"otherId\":\"" + marek + "\",\"reason\":\"x\"}").status()).isEqualTo(400);
        assertThat(client.post("/api/entities/" + marek + "/merge", "analyst", "{\"otherId\":\"nope\"}").body().get("errors").size()).isEqualTo(2);
        String body = "{\"otherId\":\"" + csc.get("p1").asText() + "\",\"reason\":\"confirmed\"}";
        assertThat(client.post("/api/entities/" + marek + "/merge", "analyst", body).status()).isEqualTo(201);
        assertThat(client.post("/api/entities/" + marek + "/merge", "analyst", body).status()).isEqualTo(409);
        assertThat(client.post("/api/entities/" + marek + "/merge", "mace", body).status()).isEqualTo(403);
    }

    private static JsonNode onlyMatch(JsonNode entity) {
        assertThat(entity.get("possibleMatches")).hasSize(1);
        return entity.get("possibleMatches").get(0);
    }

    private static List<String> exploitedBy(JsonNode network, String person) {
        List<String> children = new ArrayList<>();
        network.get("edges").forEach(e -> {
            if (e.get("type").asText().equals("EXPLOITS") && e.get("source").asText().equals(person)) {
                children.add(e.get("target").asText());
            }
        });
        return children;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.get(field).asText()));
        return values;
    }
}
