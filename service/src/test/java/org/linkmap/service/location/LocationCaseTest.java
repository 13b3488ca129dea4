package org.linkmap.service.location;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** The guest house of the hotspot panel test as a case subject, and its concern flag. */
@HarnessTest
class LocationCaseTest extends ApiTestSupport {

    JsonNode police;
    JsonNode csc;
    String guestHouse;

    @BeforeEach
    void submitTheGuestHouse() {
        police = client.submit(LinkmapClient.resource("places/guest-house-police.json")).body().get("entities");
        guestHouse = police.get("l1").asText();
        csc = client.submit(LinkmapClient.resource("places/guest-house-csc.json").replace("{l1}", guestHouse)).body().get("entities");
    }

    @Test
    void shouldGatherEverythingKnownAboutThePlaceWithTheMergedChildOnce() {
        client.post("/api/entities/" + police.get("c1").asText() + "/merge", "analyst",
                "{\"otherId\":\"" + csc.get("c2").asText() + "\",\"reason\":\"Same child\"}");

        LinkmapClient.Reply reply = client.get("/api/locations/" + guestHouse, "analyst");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode place = reply.body();
        assertThat(place.get("location").get("label").asText()).isEqualTo("Seaview Guest House (fictional)");
        assertThat(place.get("location").get("area").asText()).isEqualTo("BLACKPOOL");
        assertThat(place.get("location").get("properties").get("locationType").asText()).isEqualTo("GUEST_HOUSE");
        assertThat(place.get("incidents")).hasSize(9);
        assertThat(place.get("incidents").get(0).get("occurredAt").asText()).startsWith("2026-09-10T12:00");
        assertThat(labels(place.get("children"))).containsExactly("Amber Testchild");
        assertThat(labels(place.get("personsOfInterest"))).containsExactlyInAnyOrder("Marek Fictional", "Ronan Madeup");
        assertThat(labels(place.get("networks"))).containsExactly("Promenade group");
        assertThat(labels(place.get("organisations"))).containsExactly("Seaview Hotels Ltd (fictional)");
        List<String> refs = new ArrayList<>();
        place.get("submissions").forEach(s -> refs.add(s.get("submissionRef").asText()));
        assertThat(refs).containsExactly("PLACES-CSC-001", "PLACES-POL-001");
        assertThat(place.get("concern").isNull()).isTrue();
    }

    @Test
    void shouldFlagThePlaceAsOfConcernListItAndClearItAgainWithEveryChangeAudited() {
        LinkmapClient.Reply set = client.put("/api/locations/" + guestHouse + "/concern", "mace",
                "{\"reason\": \"Children seen going in with older men late at night\"}");

        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.body().get("concern").get("reason").asText()).isEqualTo("Children seen going in with older men late at night");
        assertThat(set.body().get("concern").get("by").asText()).isEqualTo("mace");
        assertThat(set.body().get("concern").get("at").asText()).isNotBlank();
        JsonNode listed = client.get("/api/locations?concern=true&area=BLACKPOOL", "mace").body();
        assertThat(listed.get("total").asInt()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asText()).isEqualTo(guestHouse);
        assertThat(listed.get("items").get(0).get("concern").get("by").asText()).isEqualTo("mace");
        assertThat(client.get("/api/locations/" + guestHouse, "analyst").body().get("concern").get("reason").asText())
                .startsWith("Children seen");
        assertThat(client.get("/api/locations?concern=true&area=LANCS_EAST", "analyst").body().get("total").asInt()).isZero();

        assertThat(client.delete("/api/locations/" + guestHouse + "/concern", "mace").status()).isEqualTo(204);

        assertThat(client.get("/api/locations?concern=true", "mace").body().get("total").asInt()).isZero();
        assertThat(client.count("MATCH (e:AuditEntry) WHERE e.entityId = $id AND e.action IN ['SET_LOCATION_CONCERN', 'CLEAR_LOCATION_CONCERN'] "
                + "RETURN count(e)", Map.of("id", guestHouse))).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnotherAreasMemberAndAnAgencyUserAndAReasonOfNothing() {
        assertThat(client.put("/api/locations/" + guestHouse + "/concern", "mace-east", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(client.put("/api/locations/" + guestHouse + "/concern", "agency", "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(client.get("/api/locations?concern=true&area=BLACKPOOL", "mace-east").status()).isEqualTo(403);
        LinkmapClient.Reply blank = client.put("/api/locations/" + guestHouse + "/concern", "mace", "{\"reason\": \"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(client.get("/api/locations?concern=maybe", "mace").body().get("errors").get(0).get("field").asText()).isEqualTo("concern");
        assertThat(client.get("/api/locations/00000000-0000-0000-0000-000000000000", "mace").status()).isEqualTo(404);
        assertThat(client.get("/api/locations/" + guestHouse, "analyst").body().get("concern").isNull()).isTrue();
    }

    @Test
    void shouldGiveTheGridReferenceOfBlackpoolTower() {
        JsonNode point = client.get("/api/map/grid-reference?longitude=-3.0553&latitude=53.8159", "mace").body();

        assertThat(point.get("gridReference").asText()).matches("SD 30[67]\\d\\d 36\\d\\d\\d");
        assertThat(point.get("easting").asLong()).isBetween(330_600L, 330_800L);
        assertThat(point.get("northing").asLong()).isBetween(436_000L, 436_400L);
        assertThat(point.get("gridReference").asText()).isEqualTo(String.format("SD %05d %05d",
                point.get("easting").asLong() % 100_000, point.get("northing").asLong() % 100_000));
        assertThat(client.get("/api/map/grid-reference?longitude=-30&latitude=53.8", "mace").status()).isEqualTo(400);
    }

    private static List<String> labels(JsonNode nodes) {
        List<String> labels = new ArrayList<>();
        nodes.forEach(n -> labels.add(n.get("label").asText()));
        return labels;
    }
}
