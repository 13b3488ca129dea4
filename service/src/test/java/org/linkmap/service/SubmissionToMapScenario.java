package org.linkmap.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.support.LinkmapClient.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The walking skeleton's thin path, through the real HTTP API: a submission goes in, shows up in the
 * network, its incidents become hotspots. Run against the harness and, where Docker exists, against the
 * official Neo4j image.
 */
abstract class SubmissionToMapScenario extends ApiTestSupport {

    static final String REFERRAL = LinkmapClient.resource("examples/submission-mace-referral.json");
    static final String CORROBORATION = LinkmapClient.resource("examples/submission-csc-corroboration.json");

    @Test
    void shouldTakeASubmissionIntoTheNetworkAndOntoTheMap() {
        Reply created = client.submit(REFERRAL);

        assertThat(created.status()).isEqualTo(201);
        String submissionId = created.body().get("submissionId").asText();
        JsonNode entities = created.body().get("entities");
        assertThat(entities.size()).isEqualTo(8);
        assertThat(created.body().get("incidents").size()).isEqualTo(2);

        JsonNode child = client.get("/api/entities/" + entities.get("c1").asText(), "analyst").body();
        JsonNode exploits = linkOfType(child, "EXPLOITS");
        assertThat(exploits.get("direction").asText()).isEqualTo("INCOMING");
        assertThat(exploits.get("other").get("id").asText()).isEqualTo(entities.get("p1").asText());
        assertThat(exploits.get("sources")).extracting(JsonNode::asText).containsExactly(submissionId);
        assertThat(exploits.get("agencies").asInt()).isEqualTo(1);
        assertThat(exploits.get("grading").get("intelligence").asText()).isEqualTo("B");
        JsonNode provenance = exploits.get("provenance").get(0);
        assertThat(provenance.get("submissionId").asText()).isEqualTo(submissionId);
        assertThat(provenance.get("agency").asText()).isEqualTo("LANCASHIRE_POLICE");
        assertThat(provenance.get("grading").asText()).isEqualTo("2B P");
        assertThat(provenance.get("reported").asText()).startsWith("2026-11-02T10:15");

        JsonNode network = client.get("/api/network/" + entities.get("c1").asText() + "?depth=2", "analyst").body();
        List<String> nodeIds = texts(network.get("nodes"), "id");
        assertThat(nodeIds).contains(entities.get("p1").asText(), entities.get("v1").asText(), entities.get("n1").asText());
        // Two hops from the child reach every entity and incident of the referral; all thirteen links among them
        // (seven between entities, four involvements, two incident places) come from that one submission.
        assertThat(nodeIds).hasSize(10);
        assertThat(texts(network.get("edges"), "type")).containsExactlyInAnyOrder("EXPLOITS", "USES", "USES", "MEMBER_OF",
                "MEMBER_OF", "ASSOCIATES_WITH", "FREQUENTS", "INVOLVED_IN", "INVOLVED_IN", "INVOLVED_IN", "INVOLVED_IN",
                "OCCURRED_AT", "OCCURRED_AT");
        assertThat(network.get("edges")).allSatisfy(edge ->
                assertThat(edge.get("sources")).extracting(JsonNode::asText).containsExactly(submissionId));

        JsonNode hotspots = client.get("/api/hotspots?method=dbscan&eps=150&minPoints=1", "analyst").body();
        assertThat(hotspots.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(hotspots.get("features").size()).isEqualTo(2);
        JsonNode first = hotspots.get("features").get(0).get("properties");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("childCount").asInt()).isEqualTo(1);
        assertThat(hotspots.get("metadata").get("parameters").get("eps").asDouble()).isEqualTo(150);
        assertThat(hotspots.get("metadata").get("parameters").has("suggestedEps")).isTrue();
    }

    @Test
    void shouldJoinASecondAgencysSubmissionToWhatIsAlreadyKnown() {
        JsonNode police = client.submit(REFERRAL).body().get("entities");
        JsonNode csc = client.submit(CORROBORATION).body().get("entities");

        assertThat(csc.get("c1").asText()).as("same LCS identifier, same child").isEqualTo(police.get("c1").asText());
        assertThat(csc.get("ph1").asText()).as("same phone in another format").isEqualTo(police.get("ph1").asText());
        JsonNode phone = client.get("/api/entities/" + police.get("ph1").asText(), "analyst").body();
        assertThat(phone.get("properties").get("agencies")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("LANCASHIRE_POLICE", "BLACKPOOL_CSC");
        JsonNode child = client.get("/api/entities/" + police.get("c1").asText(), "analyst").body();
        assertThat(child.get("properties").get("aliases")).extracting(JsonNode::asText).contains("Amber Test-Child");
    }

    @Test
    void shouldSayWhenANetworkIsCutAtTheNodeLimit() {
        String child = client.submit(REFERRAL).body().get("entities").get("c1").asText();

        JsonNode whole = client.get("/api/network/" + child + "?depth=4", "analyst").body();
        JsonNode cut = client.get("/api/network/" + child + "?depth=4&limit=4", "analyst").body();
        JsonNode people = client.get("/api/network/" + child + "?depth=4&kinds=PERSON", "analyst").body();

        assertThat(whole.get("truncated").asBoolean()).isFalse();
        assertThat(whole.get("nodes").size()).as("8 entities and 2 incidents").isEqualTo(10);
        assertThat(cut.get("truncated").asBoolean()).isTrue();
        assertThat(cut.get("nodes").size()).isEqualTo(4);
        assertThat(texts(people.get("nodes"), "kind")).containsOnly("PERSON");
        assertThat(client.get("/api/network/" + child + "?limit=0", "analyst").status()).isEqualTo(400);
    }

    @Test
    void shouldAnswerARepeatedSubmissionWith200AndWriteNothingMore() {
        Reply first = client.submit(REFERRAL);
        long[] before = client.graphSize();

        Reply again = client.submit(REFERRAL);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(client.graphSize()).containsExactly(before);
    }

    @Test
    void shouldRefuseADifferentSubmissionUnderTheSameReference() {
        client.submit(REFERRAL);
        long[] before = client.graphSize();

        Reply conflict = client.submit(REFERRAL.replace("Dean Placeholder", "Dean Otherwise"));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(client.graphSize()).containsExactly(before);
    }

    @Test
    void shouldRejectEveryInvalidExampleNamingItsFieldsAndWriteNothing() {
        client.submit(REFERRAL);
        long[] before = client.graphSize();
        JsonNode examples = LinkmapClient.json(LinkmapClient.resource("examples/invalid-submissions.json"));
        List<List<String>> expected = List.of(
                List.of("entities[0].lat", "links[0].type", "links[0].to"),
                List.of("grading.source", "grading.intelligence", "grading.handling"),
                List.of("submissionRef", "agency"),
                List.of("entities[1].ref", "incidents[0].location"),
                List.of("entities[0].type"));

        for (int i = 0; i < examples.size(); i++) {
            Reply rejected = client.submit(examples.get(i).get("body").toString());

            assertThat(rejected.status()).as(examples.get(i).get("why").asText()).isEqualTo(400);
            assertThat(rejected.contentType()).startsWith("application/problem+json");
            assertThat(texts(rejected.body().get("errors"), "field")).as(examples.get(i).get("why").asText())
                    .containsAll(expected.get(i));
        }
        assertThat(client.graphSize()).containsExactly(before);
    }

    static JsonNode linkOfType(JsonNode entity, String type) {
        for (JsonNode link : entity.get("links")) {
            if (link.get("type").asText().equals(type)) {
                return link;
            }
        }
        throw new AssertionError("no " + type + " link in " + entity);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.get(field).asText()));
        return values;
    }
}
