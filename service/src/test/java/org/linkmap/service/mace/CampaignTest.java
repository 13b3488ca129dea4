package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An awareness week over Blackpool's top hotspots: three clusters of 8, 6 and 5 sightings in September 2026
 * (within the default three months before the week), the top two of them tasked, and what was done recorded.
 */
@HarnessTest
class CampaignTest extends ApiTestSupport {

    @Test
    void shouldTaskOneOutreachPerTopHotspotAndSummariseWhatWasRecordedAgainstThem() {
        Fixtures.Submission s = new Fixtures.Submission("POL-1", "LANCASHIRE_POLICE", "2026-10-30T09:00:00Z")
                .forum("DIRECT", "BLACKPOOL").poi("p", "Carl Campaign", "PNC-5");
        cluster(s, 8, 53.815, -3.040);
        cluster(s, 6, 53.800, -3.030);
        cluster(s, 5, 53.830, -3.025);
        String poi = s.send(client).get("entities").get("p").asText();

        JsonNode campaign = client.post("/api/campaigns", "mace", "{\"name\": \"Awareness week\", \"area\": \"BLACKPOOL\", "
                + "\"from\": \"2026-11-16\", \"to\": \"2026-11-22\", \"top\": 2, \"assignedTo\": \"BLACKPOOL_CSC\", "
                + "\"hotspotQuery\": {\"method\": \"dbscan\", \"eps\": 150, \"minPoints\": 5}}").body();

        assertThat(campaign.get("hotspotQuery").get("from").asText()).isEqualTo("2026-08-16");
        assertThat(campaign.get("hotspotQuery").get("to").asText()).isEqualTo("2026-11-15");
        JsonNode taskings = campaign.get("taskings");
        assertThat(taskings).hasSize(2);
        assertThat(Fixtures.texts(taskings, "hotspotRank")).containsExactly("1", "2");
        assertThat(taskings.get(0).get("action").asText()).contains("hotspot 1 (8 incidents)");
        assertThat(taskings.get(1).get("action").asText()).contains("hotspot 2 (6 incidents)");
        assertThat(taskings.get(0).get("assignedTo").asText()).isEqualTo("BLACKPOOL_CSC");
        assertThat(taskings.get(0).get("due").asText()).isEqualTo("2026-11-22");
        assertThat(taskings.get(0).get("target").get("hotspot").get("type").asText()).isEqualTo("Polygon");

        String first = taskings.get(0).get("id").asText();
        String second = taskings.get(1).get("id").asText();
        record("{\"tactic\": \"OUTREACH\", \"taskingId\": \"" + first + "\", \"date\": \"2026-11-17\", \"childrenEngaged\": 4}");
        record("{\"tactic\": \"HOTEL_NOTICE\", \"taskingId\": \"" + first + "\", \"date\": \"2026-11-17\"}");
        record("{\"tactic\": \"VISIT\", \"taskingId\": \"" + first + "\", \"target\": {\"id\": \"" + poi + "\"}, \"date\": \"2026-11-18\"}");
        record("{\"tactic\": \"VISIT\", \"taskingId\": \"" + second + "\", \"date\": \"2026-11-19\"}");
        record("{\"tactic\": \"S49_NOTICE\", \"taskingId\": \"" + second + "\", \"target\": {\"id\": \"" + poi + "\"}, \"date\": \"2026-11-19\"}");

        JsonNode summary = client.get("/api/campaigns/" + campaign.get("id").asText(), "mace").body().get("summary");
        assertThat(summary.get("hotspotsTargeted").asInt()).isEqualTo(2);
        assertThat(summary.get("hotspotsVisited").asInt()).isEqualTo(2);
        assertThat(summary.get("visitsMade").asInt()).isEqualTo(2);
        assertThat(summary.get("noticesIssued").asInt()).isEqualTo(2);
        assertThat(summary.get("offenderVisits").asInt()).isEqualTo(1);
        assertThat(summary.get("childrenEngaged").asInt()).isEqualTo(4);
        assertThat(client.get("/api/campaigns/" + campaign.get("id").asText(), "mace-east").status()).isEqualTo(403);
    }

    @Test
    void shouldRefuseABadCampaignNamingTheFieldsAndWriteNothing() {
        long[] before = client.graphSize();
        JsonNode errors = client.post("/api/campaigns", "mace", "{\"name\": \"\", \"area\": \"NOWHERE\", \"from\": \"2026-11-16\", "
                + "\"to\": \"2026-11-01\", \"top\": 0, \"hotspotQuery\": {\"eps\": \"wide\", \"from\": \"soon\"}}").body().get("errors");
        assertThat(Fixtures.texts(errors, "field")).containsExactlyInAnyOrder("name", "area", "to", "top", "hotspotQuery.from");
        JsonNode method = client.post("/api/campaigns", "mace", "{\"name\": \"Week\", \"area\": \"BLACKPOOL\", \"from\": \"2026-11-16\", "
                + "\"to\": \"2026-11-22\", \"hotspotQuery\": {\"eps\": \"wide\"}}").body().get("errors");
        assertThat(Fixtures.texts(method, "field")).containsExactly("hotspotQuery.eps");
        assertThat(client.graphSize()).isEqualTo(before);
    }

    private void record(String json) {
        Fixtures.id(client.post("/api/disruptions", "mace", json));
    }

    private static void cluster(Fixtures.Submission s, int n, double lat, double lon) {
        for (int k = 0; k < n; k++) {
            s.incident("SIGHTING", "2026-09-" + String.format("%02d", 1 + k) + "T21:00:00Z", lat + k * 0.0001, lon, "p", "SUSPECT");
        }
    }
}
