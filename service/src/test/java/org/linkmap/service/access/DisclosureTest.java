package org.linkmap.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;
import org.neo4j.driver.Driver;

import com.fasterxml.jackson.databind.JsonNode;

/** Children's identities, area scope and handling conditions, as each role sees them through the API. */
@HarnessTest
class DisclosureTest extends ApiTestSupport {

    JsonNode police;

    @BeforeEach
    void setUp() {
        police = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).body();
    }

    private String id(String ref) {
        return police.get("entities").get(ref).asText();
    }

    @Test
    void shouldShowAChildsNameToAnAnalystAndAPseudonymToAMaceMember() {
        JsonNode asAnalyst = client.get("/api/entities/" + id("c1"), "analyst").body();
        JsonNode asMace = client.get("/api/entities/" + id("c1"), "mace").body();

        assertThat(asAnalyst.get("label").asText()).isEqualTo("Amber Testchild");
        assertThat(asMace.get("label").asText()).matches("Child [0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(asMace.get("properties").has("name")).isFalse();
        assertThat(asMace.get("properties").has("dob")).isFalse();
        assertThat(asMace.toString()).doesNotContain("Amber").doesNotContain("LCS-900001").doesNotContain("2011-05-04");
    }

    @Test
    void shouldUseTheSamePseudonymInNetworksHotspotsAndLinks() {
        String pseudonym = client.get("/api/entities/" + id("c1"), "mace").body().get("label").asText();

        JsonNode network = client.get("/api/network/" + id("p1") + "?depth=1", "mace").body();
        JsonNode person = client.get("/api/entities/" + id("p1"), "mace").body();
        String hotspot = client.get("/api/hotspots?minPoints=1", "mace").body().get("features").get(0).get("id").asText();
        JsonNode detail = client.get("/api/hotspots/" + hotspot + "?minPoints=1", "mace").body();

        assertThat(labels(network.get("nodes"))).contains(pseudonym).doesNotContain("Amber Testchild");
        assertThat(person.toString()).contains(pseudonym).doesNotContain("Amber");
        assertThat(labels(detail.get("children"))).containsOnly(pseudonym);
    }

    @Test
    void shouldTakeChildrensNamesOutOfASubmissionForReadersWhoMayNotSeeThem() {
        String submissionId = client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json")).body()
                .get("submissionId").asText();

        String asMace = client.get("/api/submissions/" + submissionId, "mace").raw();
        String asAgency = client.get("/api/submissions/" + submissionId, "agency").raw();

        assertThat(asMace).doesNotContain("Jade").doesNotContain("Amber").doesNotContain("LCS-900001").contains("Child ");
        assertThat(asMace).contains("Marrek Fictionall");
        assertThat(asAgency).as("the agency that sent it reads it as sent").contains("Jade Sample");
    }

    @Test
    void shouldKeepAnotherAreasCaseClosedButShowThatALinkExists() {
        String east = """
                {"submissionRef":"EAST-1","agency":"LANCASHIRE_POLICE","submittedBy":"DC East","submittedAt":"2026-11-04T09:00:00Z",
                 "forum":{"kind":"MACE","area":"LANCS_EAST","meetingDate":"2026-11-12"},
                 "grading":{"source":2,"intelligence":"B","handling":"P"},
                 "entities":[{"ref":"v","type":"VEHICLE","vrm":"yx19abc"},
                             {"ref":"p","type":"PERSON","roles":["POI"],"name":"Burnley Driver"}],
                 "links":[{"from":"p","to":"v","type":"USES"}]}""";
        String eastPerson = client.submit(east).body().get("entities").get("p").asText();

        JsonNode network = client.get("/api/network/" + eastPerson + "?depth=3", "mace-east").body();
        JsonNode blackpoolChild = client.get("/api/entities/" + id("c1"), "mace-east").body();

        assertThat(client.get("/api/entities/" + id("c1"), "mace-east").status()).isEqualTo(403);
        assertThat(blackpoolChild.get("detail").asText()).contains("held by Blackpool, Lancashire North, outside your view");
        JsonNode vehicle = node(network, id("v1"));
        assertThat(vehicle.get("label").asText()).as("the shared vehicle is in both cases").isEqualTo("YX19ABC");
        JsonNode marek = node(network, id("p1"));
        assertThat(marek.get("restricted").asBoolean()).isTrue();
        assertThat(marek.get("label").asText()).as("its holders named as people name them")
                .isEqualTo("Restricted: held by Blackpool, Lancashire North; ask its MACE coordinator to share it");
        assertThat(labels(network.get("nodes"))).noneMatch(l -> l.contains("Amber") || l.startsWith("Child"));
    }

    @Test
    void shouldKeepAMaceMembersMapToItsAreas() {
        JsonNode east = client.get("/api/incidents", "mace-east").body();
        JsonNode north = client.get("/api/incidents", "mace").body();

        assertThat(east.get("features").size()).isZero();
        assertThat(north.get("features").size()).isEqualTo(2);
        assertThat(client.get("/api/hotspots?area=BLACKPOOL", "mace-east").status()).isEqualTo(403);
    }

    @Test
    void shouldShowConditionsWithIntelligenceSharedWithConditionsAndWithholdItFromExports() {
        String csc = client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json")).body().get("entities").get("c2").asText();

        JsonNode exploits = linkTo(client.get("/api/entities/" + csc, "analyst").body(), "EXPLOITS");
        LinkmapClient.Reply withheld = client.get("/api/network/" + csc + "/export?depth=1", "analyst");
        LinkmapClient.Reply stated = client.get("/api/network/" + csc + "/export?depth=1&conditionsMet=true", "analyst");

        assertThat(exploits.get("grading").get("handling").asText()).isEqualTo("C");
        assertThat(exploits.get("grading").get("conditions").get(0).asText()).startsWith("BLACKPOOL_CSC:");
        assertThat(withheld.raw()).doesNotContain("EXPLOITS");
        assertThat(stated.raw()).contains("EXPLOITS");
        JsonNode audit = client.get("/api/audit?entityId=" + csc, "admin").body();
        List<String> actions = new ArrayList<>();
        audit.get("items").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).contains("EXPORT", "EXPORT_CONDITIONS_MET");
    }

    private static JsonNode linkTo(JsonNode entity, String type) {
        for (JsonNode link : entity.get("links")) {
            if (link.get("type").asText().equals(type)) {
                return link;
            }
        }
        throw new AssertionError("no " + type + " link");
    }

    private static JsonNode node(JsonNode network, String id) {
        for (JsonNode node : network.get("nodes")) {
            if (node.get("id").asText().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no node " + id + " in " + network);
    }

    private static List<String> labels(JsonNode nodes) {
        List<String> labels = new ArrayList<>();
        nodes.forEach(n -> labels.add(n.get("label").asText()));
        return labels;
    }
}
