package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One guest house in Blackpool: police record seven incidents of October there (five, with a child and a person of
 * interest), social care two more with its own record of the same child, and two in September. The hotspot over
 * October, its panel, and what a merge of the two records of the child changes.
 */
@HarnessTest
class HotspotPanelTest extends ApiTestSupport {

    static final String OCTOBER = "from=2026-10-01&to=2026-10-31&method=dbscan&eps=150&minPoints=5";

    JsonNode police;
    JsonNode csc;

    @BeforeEach
    void submitTheGuestHouse() {
        police = client.submit(LinkmapClient.resource("places/guest-house-police.json")).body().get("entities");
        csc = client.submit(LinkmapClient.resource("places/guest-house-csc.json")
                .replace("{l1}", police.get("l1").asText())).body().get("entities");
    }

    @Test
    void shouldCountTwoRecordsOfOneChildAsTwoChildrenUntilTheyAreMerged() {
        assertThat(onlyHotspot("analyst").get("childCount").asInt()).isEqualTo(2);

        merge();

        JsonNode hotspot = onlyHotspot("analyst");
        assertThat(hotspot.get("childCount").asInt()).isEqualTo(1);
        assertThat(hotspot.get("personOfInterestCount").asInt()).isEqualTo(1);
        JsonNode panel = panel("analyst");
        assertThat(ids(panel.get("children"))).containsExactly(police.get("c1").asText());
        assertThat(labels(panel.get("children"))).containsExactly("Amber Testchild");
    }

    @Test
    void shouldCountIncidentsByTypeAndByLocalHourAndWeekday() {
        JsonNode panel = panel("analyst");

        assertThat(panel.get("incidents")).hasSize(7);
        assertThat(panel.get("countsByType").toString()).isEqualTo("{\"CONCERN\":1,\"SIGHTING\":3,\"MISSING_EPISODE\":1,\"FOUND\":2}");
        JsonNode matrix = panel.get("hourByWeekday");
        assertThat(matrix).hasSize(7);
        assertThat(matrix.get(0)).hasSize(24);
        // British Summer Time until 25 October: 20:30 UTC on Mondays is 21:30 local; 23:30 UTC on Thursday 22nd is Friday 00:30.
        assertThat(matrix.get(0).get(21).asInt()).isEqualTo(2);
        assertThat(matrix.get(5).get(3).asInt()).isEqualTo(1);
        assertThat(matrix.get(1).get(22).asInt()).isEqualTo(1);
        assertThat(matrix.get(4).get(0).asInt()).isEqualTo(1);
        // Greenwich Mean Time after it: 19:00 UTC on Tuesday 27th is 19:00, 22:40 UTC on Friday 30th is 22:40.
        assertThat(matrix.get(1).get(19).asInt()).isEqualTo(1);
        assertThat(matrix.get(4).get(22).asInt()).isEqualTo(1);
        int total = 0;
        for (JsonNode row : matrix) {
            for (JsonNode cell : row) {
                total += cell.asInt();
            }
        }
        assertThat(total).isEqualTo(7);
    }

    @Test
    void shouldCompareWithTheThirtyOneDaysBefore() {
        JsonNode trend = panel("analyst").get("trend");

        assertThat(trend.get("previousFrom").asText()).isEqualTo("2026-08-31");
        assertThat(trend.get("previousTo").asText()).isEqualTo("2026-09-30");
        assertThat(trend.get("previous").asInt()).isEqualTo(2);
        assertThat(trend.get("current").asInt()).isEqualTo(7);
        assertThat(trend.get("change").asInt()).isEqualTo(5);
        assertThat(trend.get("changePercent").asDouble()).isEqualTo(250.0);
    }

    @Test
    void shouldListThePlacesByKindAndWhoAndWhatIsLinkedThroughIncidentsAndPlaces() {
        merge();
        JsonNode panel = panel("analyst");

        assertThat(ids(panel.get("locationsByKind").get("GUEST_HOUSE"))).containsExactly(police.get("l1").asText());
        assertThat(ids(panel.get("locationsByKind").get("TAKEAWAY"))).containsExactly(police.get("l2").asText());
        assertThat(labels(panel.get("organisations"))).containsExactly("Seaview Hotels Ltd (fictional)");
        assertThat(labels(panel.get("personsOfInterest"))).containsExactlyInAnyOrder("Marek Fictional", "Ronan Madeup");
        assertThat(labels(panel.get("networks"))).containsExactly("Promenade group");
    }

    @Test
    void shouldShowAMaceMemberTheChildByPseudonymOnly() {
        merge();
        JsonNode panel = panel("mace");

        assertThat(labels(panel.get("children"))).singleElement().asString().matches("Child [0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(panel.toString()).doesNotContain("Amber", "Testchild", "LCS-9000");
    }

    @Test
    void shouldShowAClickedIncidentWithItsPlaceAndTheMergedChildOnce() {
        merge();
        String incident = client.get("/api/hotspots/" + onlyHotspot("analyst").get("id").asText() + "?" + OCTOBER, "analyst")
                .body().get("incidents").get(0).get("id").asText();

        JsonNode shown = client.get("/api/incidents/" + incident, "mace").body();

        assertThat(shown.get("incidentType").asText()).isEqualTo("SIGHTING");
        assertThat(shown.get("occurredAt").asText()).startsWith("2026-10-05T20:30");
        assertThat(shown.get("area").asText()).isEqualTo("BLACKPOOL");
        assertThat(shown.get("place").get("label").asText()).isEqualTo("Seaview Guest House (fictional)");
        assertThat(shown.get("people")).hasSize(2);
        assertThat(shown.get("people").get(0).get("person").get("label").asText()).matches("Child [0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(shown.get("people").get(0).get("roles").get(0).asText()).isEqualTo("VICTIM");
        assertThat(client.get("/api/incidents/" + incident, "mace-east").status()).isEqualTo(403);
    }

    @Test
    void shouldLeaveOutOfAMembersMapAnIncidentThatLiesInNoArea() {
        String manchester = """
                {"submissionRef": "PLACES-POL-002", "agency": "LANCASHIRE_POLICE", "submittedBy": "DC 5120 B. Example",
                 "submittedAt": "2026-11-03T09:00:00Z", "grading": {"source": 2, "intelligence": "B", "handling": "P"},
                 "entities": [], "links": [], "incidents": [{"ref": "m1", "incidentType": "SIGHTING",
                 "occurredAt": "2026-10-06T20:00:00Z", "lat": 53.4794, "lon": -2.2453, "summary": "Seen in Manchester."}]}""";
        assertThat(client.submit(manchester).status()).isEqualTo(201);

        LinkmapClient.Reply summary = client.get("/api/incidents/summary", "mace");

        assertThat(summary.status()).as(summary.raw()).isEqualTo(200);
        assertThat(summary.body().get("count").asLong()).isEqualTo(9);
        assertThat(client.get("/api/incidents/summary", "analyst").body().get("count").asLong()).isEqualTo(10);
        assertThat(client.get("/api/incidents/clusters?zoom=10", "mace").body().get("total").asInt()).isEqualTo(9);
    }

    private void merge() {
        LinkmapClient.Reply merged = client.post("/api/entities/" + police.get("c1").asText() + "/merge", "analyst",
                "{\"otherId\":\"" + csc.get("c2").asText() + "\",\"reason\":\"Same child: social care and police records\"}");
        assertThat(merged.status()).as(merged.raw()).isEqualTo(201);
    }

    private JsonNode onlyHotspot(String user) {
        LinkmapClient.Reply reply = client.get("/api/hotspots?" + OCTOBER, user);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("features")).hasSize(1);
        return reply.body().get("features").get(0).get("properties");
    }

    private JsonNode panel(String user) {
        String id = onlyHotspot(user).get("id").asText();
        LinkmapClient.Reply reply = client.get("/api/hotspots/" + id + "?" + OCTOBER, user);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    static List<String> labels(JsonNode nodes) {
        List<String> labels = new ArrayList<>();
        nodes.forEach(n -> labels.add(n.get("label").asText()));
        return labels;
    }
}
