package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A disruption's effect on data whose answer is worked out by hand. A guest house in central Blackpool
 * (-3.040, 53.815) is served a hotel notice on 1 September 2026; 30 days either side: 2 August to 31 August,
 * and 1 September to 30 September. Target: 200 m around it; buffer: the 500 m ring beyond; control: the rest
 * of Blackpool.
 */
@HarnessTest
class DisruptionEffectTest extends ApiTestSupport {

    static final double LAT = 53.815;
    static final double LON = -3.040;
    /** About 50 m north of the guest house: in the target circle. */
    static final double TARGET_LAT = LAT + 50 / 111_320.0;
    /** About 450 m north: in the buffer ring (200 to 700 m). */
    static final double BUFFER_LAT = LAT + 450 / 111_320.0;
    /** About 2 km east, still in Blackpool: control. */
    static final double CONTROL_LON = -3.010;

    @Test
    void shouldCountTargetBufferAndControlInEqualPeriodsAndGiveTheWeightedDisplacementQuotient() {
        Fixtures.Submission s = new Fixtures.Submission("POL-PLACES", "LANCASHIRE_POLICE", "2026-11-01T09:00:00Z")
                .forum("DIRECT", "BLACKPOOL").location("g", "Seaview Guest House (fictional)", "GUEST_HOUSE", LAT, LON);
        times(s, 10, "2026-08-", LAT + 50 / 111_320.0, LON);           // target before
        times(s, 4, "2026-09-", TARGET_LAT, LON);                      // target after
        times(s, 5, "2026-08-", BUFFER_LAT, LON);                      // buffer before
        times(s, 6, "2026-09-", BUFFER_LAT, LON);                      // buffer after
        times(s, 20, "2026-08-", LAT, CONTROL_LON);                    // control before
        times(s, 20, "2026-09-", LAT, CONTROL_LON);                    // control after
        times(s, 7, "2026-08-", 54.0466, -2.8007);                     // Lancaster: not Blackpool, not counted
        s.incident("SIGHTING", "2026-08-01T20:00:00Z", TARGET_LAT, LON, null, null);   // the day before the period
        s.incident("SIGHTING", "2026-10-01T20:00:00Z", TARGET_LAT, LON, null, null);   // the day after it
        String guestHouse = s.send(client).get("entities").get("g").asText();
        String disruption = Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"HOTEL_NOTICE\", "
                + "\"target\": {\"id\": \"" + guestHouse + "\"}, \"date\": \"2026-09-01\", \"outcome\": \"Notice served on the manager\"}"));

        JsonNode effect = client.get("/api/disruptions/" + disruption + "/effect?radius=200&buffer=500&days=30", "mace").body();

        assertThat(effect.get("periodDays").asInt()).isEqualTo(30);
        assertThat(effect.get("beforePeriod").get("from").asText()).isEqualTo("2026-08-02");
        assertThat(effect.get("afterPeriod").get("to").asText()).isEqualTo("2026-09-30");
        assertThat(effect.get("controlArea").asText()).isEqualTo("BLACKPOOL");
        assertThat(counts(effect.get("before"))).containsExactly(10, 5, 20);
        assertThat(counts(effect.get("after"))).containsExactly(4, 6, 20);
        // Success: 4/10 - 20/20 = -0.6. WDQ = (6/5 - 20/20) / -0.6 = 0.2 / -0.6 = -1/3.
        assertThat(effect.get("successMeasure").asDouble()).isCloseTo(-0.6, within(1e-9));
        assertThat(effect.get("wdq").asDouble()).isCloseTo(-1.0 / 3.0, within(1e-9));
        assertThat(effect.get("interpretation").asText()).startsWith("Some displacement into the buffer");
        assertThat(client.get("/api/disruptions/" + disruption + "/effect?radius=1", "mace").body().get("errors").get(0)
                .get("field").asText()).isEqualTo("radius");
        assertThat(client.get("/api/disruptions/" + disruption + "/effect", "mace-east").status()).isEqualTo(403);
    }

    @Test
    void shouldSayItIsTooEarlyToJudgeWhileThePeriodAfterHasNotEnded() {
        String recent = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(7).toString();
        String disruption = Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"VISIT\", \"date\": \"" + recent
                + "\", \"target\": {\"hotspot\": {\"type\": \"Polygon\", \"coordinates\": [[[-3.045, 53.81], [-3.035, 53.81], "
                + "[-3.035, 53.82], [-3.045, 53.82], [-3.045, 53.81]]]}}}"));

        JsonNode effect = client.get("/api/disruptions/" + disruption + "/effect?days=30", "mace").body();

        assertThat(effect.get("interpretation").asText()).startsWith("Too early to judge: the period after the disruption runs to "
                + java.time.LocalDate.parse(recent).plusDays(29));
    }

    @Test
    void shouldCountIncidentsAndIntelligenceInvolvingAPersonBeforeAndAfter() {
        Fixtures.Submission first = new Fixtures.Submission("POL-1", "LANCASHIRE_POLICE", "2026-08-25T09:00:00Z")
                .forum("DIRECT", "BLACKPOOL").poi("p", "Victor Notice", "PNC-1");
        first.incident("SIGHTING", "2026-08-05T20:00:00Z", LAT, LON, "p", "SUSPECT")
                .incident("SIGHTING", "2026-08-12T20:00:00Z", LAT, LON, "p", "SUSPECT")
                .incident("CONCERN", "2026-08-20T20:00:00Z", LAT, LON, "p", "SUSPECT");
        String person = first.send(client).get("entities").get("p").asText();
        new Fixtures.Submission("CSC-1", "BLACKPOOL_CSC", "2026-08-28T09:00:00Z").forum("DIRECT", "BLACKPOOL")
                .poi("p", "Vic Notice", "PNC-1").send(client);
        new Fixtures.Submission("POL-2", "LANCASHIRE_POLICE", "2026-09-10T09:00:00Z").forum("DIRECT", "BLACKPOOL")
                .poi("p", "Victor Notice", "PNC-1").incident("SIGHTING", "2026-09-05T20:00:00Z", LAT, LON, "p", "SUSPECT")
                .send(client);
        String cawn = Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"CAWN\", \"target\": {\"id\": \""
                + person + "\"}, \"date\": \"2026-09-01\", \"outcome\": \"CAWN served\"}"));

        JsonNode effect = client.get("/api/disruptions/" + cawn + "/effect?days=30", "mace").body();

        assertThat(effect.get("measure").asText()).isEqualTo("SUBJECT");
        assertThat(effect.get("before").get("incidents").asInt()).isEqualTo(3);
        assertThat(effect.get("before").get("intelligence").asInt()).isEqualTo(2);
        assertThat(effect.get("after").get("incidents").asInt()).isEqualTo(1);
        assertThat(effect.get("after").get("intelligence").asInt()).isEqualTo(1);
        assertThat(effect.has("wdq")).isFalse();
    }

    @Test
    void shouldLinkADisruptionToItsTaskingAndLetTheAgencyRecordAgainstItsOwnOnly() {
        String place = new Fixtures.Submission("POL-1", "LANCASHIRE_POLICE", "2026-08-25T09:00:00Z").forum("DIRECT", "BLACKPOOL")
                .location("g", "Seaview Guest House (fictional)", "GUEST_HOUSE", LAT, LON).send(client).get("entities").get("g").asText();
        String own = Fixtures.id(client.post("/api/taskings", "mace", Fixtures.tasking(place, "Visit the manager", "BLACKPOOL_CSC", "2026-12-31")));
        String other = Fixtures.id(client.post("/api/taskings", "mace", Fixtures.tasking(place, "Licensing review", "BLACKPOOL_LICENSING", "2026-12-31")));

        JsonNode recorded = client.post("/api/disruptions", "agency", "{\"tactic\": \"VISIT\", \"taskingId\": \"" + own
                + "\", \"date\": \"2026-11-20\", \"outcome\": \"Manager briefed\"}").body();
        assertThat(recorded.get("taskingId").asText()).isEqualTo(own);
        assertThat(recorded.get("target").get("id").asText()).isEqualTo(place);
        assertThat(recorded.get("assignedTo").asText()).isEqualTo("BLACKPOOL_CSC");
        assertThat(recorded.get("rag").asText()).isEqualTo("GREEN");
        assertThat(client.post("/api/disruptions", "agency", "{\"tactic\": \"VISIT\", \"taskingId\": \"" + other
                + "\", \"date\": \"2026-11-20\"}").status()).isEqualTo(403);
        long[] before = client.graphSize();
        JsonNode errors = client.post("/api/disruptions", "mace", "{\"tactic\": \"LETTER\", \"date\": \"2999-01-01\", "
                + "\"target\": {\"id\": \"" + place + "\"}, \"childrenEngaged\": -1}").body().get("errors");
        assertThat(Fixtures.texts(errors, "field")).containsExactlyInAnyOrder("tactic", "date", "childrenEngaged");
        assertThat(client.graphSize()).isEqualTo(before);
        assertThat(client.get("/api/disruptions?taskingId=" + own, "agency").body().get("total").asInt()).isEqualTo(1);
        assertThat(client.get("/api/disruptions?taskingId=" + other, "agency").body().get("total").asInt()).isZero();

        String later = Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"PATROL\", \"target\": {\"id\": \"" + place
                + "\"}, \"date\": \"2026-11-25\"}"));
        JsonNode page = client.get("/api/disruptions?targetId=" + place + "&limit=1", "mace").body();
        assertThat(page.get("total").asInt()).isEqualTo(2);
        assertThat(Fixtures.texts(page.get("items"), "id")).containsExactly(later);
        JsonNode next = client.get("/api/disruptions?targetId=" + place + "&limit=1&offset=1", "mace").body();
        assertThat(Fixtures.texts(next.get("items"), "id")).containsExactly(recorded.get("id").asText());
        assertThat(client.get("/api/disruptions?targetId=" + place + "&offset=2", "mace").body().get("items")).isEmpty();
    }

    private static void times(Fixtures.Submission s, int n, String month, double lat, double lon) {
        for (int k = 0; k < n; k++) {
            s.incident("SIGHTING", month + String.format("%02d", 3 + k) + "T20:00:00Z", lat, lon, null, null);
        }
    }

    private static java.util.List<Integer> counts(JsonNode period) {
        return java.util.List.of(period.get("target").asInt(), period.get("buffer").asInt(), period.get("control").asInt());
    }
}
