package org.linkmap.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every measure on known data. Blackpool, third quarter of 2026: a MACE referral of a child flagged CSE (high
 * risk) with a person of interest, her missing episode and his arrest (both points only), a CAWN served on him.
 * Fourth quarter: a child with no flag and no risk level, a concern at a named place, a MACE referral of her
 * without an exploitation flag, a visit to the place. Lancaster has a referral of its own, not counted here.
 */
@HarnessTest
class MeasuresTest extends ApiTestSupport {

    static final double LAT = 53.815;
    static final double LON = -3.040;

    @Test
    void shouldCountEveryMeasureByAreaAndQuarterWithTheDataQualityBehindThem() {
        JsonNode a = new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-08-10T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Ruby Measured", "LCS-1").poi("p", "Ian Measured", "PNC-1")
                .incident("MISSING_EPISODE", "2026-08-05T21:00:00Z", LAT, LON, "c", "MISSING_PERSON")
                .incident("ARREST", "2026-08-06T10:00:00Z", LAT, LON, "p", "SUSPECT").send(client);
        String place = new Fixtures.Submission("B", "BLACKPOOL_CSC", "2026-10-15T09:00:00Z").forum("DIRECT", "BLACKPOOL")
                .plainChild("c", "Sally Unflagged", "LCS-2").location("l", "Arcade (fictional)", "SHOP", LAT, LON)
                .incidentAt("CONCERN", "2026-10-14T16:00:00Z", "l", "c", "VICTIM").send(client).get("entities").get("l").asText();
        new Fixtures.Submission("C", "LANCASHIRE_POLICE", "2026-10-20T09:00:00Z").forum("MACE", "BLACKPOOL")
                .plainChild("c", "Sally Unflagged", "LCS-2").send(client);
        new Fixtures.Submission("D", "LANCASHIRE_POLICE", "2026-08-11T09:00:00Z").forum("MACE", "LANCS_NORTH")
                .child("c", "Nell Northern", "LCS-3").incident("MISSING_EPISODE", "2026-08-09T21:00:00Z", 54.0466, -2.8007, "c", "MISSING_PERSON")
                .send(client);
        String poi = a.get("entities").get("p").asText();
        Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"CAWN\", \"target\": {\"id\": \"" + poi + "\"}, \"date\": \"2026-09-01\"}"));
        Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"VISIT\", \"target\": {\"id\": \"" + place + "\"}, \"date\": \"2026-10-02\"}"));

        JsonNode report = client.get("/api/reports/measures?area=BLACKPOOL&from=2026-07-01&to=2026-12-31", "analyst").body();

        assertThat(report.get("rows")).hasSize(2);
        assertThat(row(report.get("rows").get(0))).containsExactly("BLACKPOOL", "2026-Q3", 1, 1, 1, 1, 1, 1, 1, 0, 2, 0);
        assertThat(row(report.get("rows").get(1))).containsExactly("BLACKPOOL", "2026-Q4", 1, 0, 0, 0, 0, 0, 1, 0, 0, 1);
        JsonNode quality = report.get("dataQuality");
        assertThat(List.of(quality.get("records").asInt(), quality.get("recordsWithoutGrading").asInt(), quality.get("incidents").asInt(),
                quality.get("incidentsWithoutLocation").asInt(), quality.get("children").asInt(), quality.get("childrenWithoutRiskLevel").asInt()))
                .containsExactly(3, 0, 3, 2, 2, 1);
        assertThat(report.get("notRecorded").toString()).contains("charges", "convictions");

        LinkmapClient.Reply csv = client.getAccepting("/api/reports/measures?area=BLACKPOOL&from=2026-07-01&to=2026-12-31", "analyst", "text/csv");
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw().split("\n")).containsExactly(
                "area,quarter,childrenFlagged,personsOfInterestFlagged,referralsWithExploitationIdentified,"
                        + "missingEpisodesWithExploitationRisk,noticesAndOrders,arrests,disruptions,recordsWithoutGrading,"
                        + "incidentsWithoutLocation,childrenWithoutRiskLevel",
                "BLACKPOOL,2026-Q3,1,1,1,1,1,1,1,0,2,0",
                "BLACKPOOL,2026-Q4,1,0,0,0,0,0,1,0,0,1");
        JsonNode north = client.get("/api/reports/measures?area=LANCS_NORTH&from=2026-07-01&to=2026-09-30", "mace").body();
        assertThat(row(north.get("rows").get(0))).containsExactly("LANCS_NORTH", "2026-Q3", 1, 0, 1, 1, 0, 0, 0, 0, 1, 0);
        assertThat(client.get("/api/reports/measures?area=BLACKPOOL", "mace-east").status()).isEqualTo(403);
        assertThat(client.get("/api/reports/measures?from=2026-13-01", "analyst").body().get("errors").get(0).get("field").asText())
                .isEqualTo("from");
    }

    private static List<Object> row(JsonNode r) {
        return List.of(r.get("area").asText(), r.get("quarter").asText(), r.get("childrenFlagged").asInt(),
                r.get("personsOfInterestFlagged").asInt(), r.get("referralsWithExploitationIdentified").asInt(),
                r.get("missingEpisodesWithExploitationRisk").asInt(), r.get("noticesAndOrders").asInt(), r.get("arrests").asInt(),
                r.get("disruptions").asInt(), r.get("recordsWithoutGrading").asInt(), r.get("incidentsWithoutLocation").asInt(),
                r.get("childrenWithoutRiskLevel").asInt());
    }
}
