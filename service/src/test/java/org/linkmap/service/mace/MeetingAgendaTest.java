package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The agenda rules on a small forum: MACE North meets on 12 October and 9 November 2026. Referrals count for a
 * meeting when received at least five days before it (as a date in Europe/London), later ones roll to the next.
 */
@HarnessTest
class MeetingAgendaTest extends ApiTestSupport {

    static final double LANCASTER_LAT = 54.0466;
    static final double LANCASTER_LON = -2.8007;
    static final double MORECAMBE_LAT = 54.0719;
    static final double MORECAMBE_LON = -2.8686;

    @Test
    void shouldPutReferralsOnTheMeetingWhoseFiveDayCutOffTheyMeetAndRollLateOnesToTheNext() {
        String october = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-10-12")));
        String november = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-11-09")));
        // 7 October is exactly five days before 12 October: in time.
        referral("R-IN-TIME", "2026-10-07T09:00:00Z", "LCS-1");
        // 23:30 UTC on 7 October is 00:30 on 8 October in London (summer time): four days before, too late.
        referral("R-LATE", "2026-10-07T23:30:00Z", "LCS-2");
        referral("R-NOVEMBER", "2026-10-20T10:00:00Z", "LCS-3");
        // Four days before 9 November and no December meeting set: it waits, listed as rolled over.
        referral("R-WAITING", "2026-11-05T10:00:00Z", "LCS-4");
        new Fixtures.Submission("R-OTHER-FORUM", "LANCASHIRE_POLICE", "2026-10-01T10:00:00Z").forum("OPERATIONAL_GROUP", "LANCS_NORTH")
                .child("c", "Olive Elsewhere", "LCS-5").send(client);
        new Fixtures.Submission("R-OTHER-AREA", "LANCASHIRE_POLICE", "2026-10-01T10:00:00Z").forum("MACE", "LANCS_EAST")
                .child("c", "Ivy Eastfield", "LCS-6").send(client);

        JsonNode first = client.get("/api/meetings/" + october + "/agenda", "mace").body();
        assertThat(Fixtures.texts(first.get("newReferrals"), "submissionRef")).containsExactly("R-IN-TIME");
        assertThat(Fixtures.texts(first.get("rolledOver"), "submissionRef")).containsExactly("R-LATE");
        assertThat(first.get("rolledOver").get(0).get("rollsTo").asText()).isEqualTo(november);
        assertThat(first.get("referralCutOff").asText()).isEqualTo("2026-10-07");

        JsonNode second = client.get("/api/meetings/" + november + "/agenda", "mace").body();
        assertThat(Fixtures.texts(second.get("newReferrals"), "submissionRef")).containsExactly("R-LATE", "R-NOVEMBER");
        assertThat(second.get("newReferrals").get(0).get("rolledFrom").asText()).isEqualTo(october);
        assertThat(second.get("newReferrals").get(1).has("rolledFrom")).isFalse();
        assertThat(Fixtures.texts(second.get("rolledOver"), "submissionRef")).containsExactly("R-WAITING");
        assertThat(second.get("rolledOver").get(0).has("rollsTo")).isFalse();
    }

    @Test
    void shouldShowChildrenOnTheAgendaByPseudonymToMembersAndByNameToAnalysts() {
        String meeting = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-10-12")));
        referral("R-1", "2026-10-01T09:00:00Z", "LCS-1");

        JsonNode member = client.get("/api/meetings/" + meeting + "/agenda", "mace").body();
        JsonNode analyst = client.get("/api/meetings/" + meeting + "/agenda", "analyst").body();

        assertThat(member.get("newReferrals").get(0).get("children").get(0).get("label").asText()).matches("Child [0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(analyst.get("newReferrals").get(0).get("children").get(0).get("label").asText()).isEqualTo("Child LCS-1 Testperson");
        assertThat(client.get("/api/meetings/" + meeting + "/agenda", "mace-east").status()).isEqualTo(403);
        assertThat(client.get("/api/meetings/" + meeting + "/agenda", "agency").status()).isEqualTo(403);
    }

    @Test
    void shouldPromptToReferChildrenAtRepeatedRiskWhoWereNeverOnAMaceAgenda() {
        String meeting = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-11-09")));
        // Three exploitation-related incidents within the 90 days before 9 November (from 11 August): prompted.
        new Fixtures.Submission("CSC-1", "LANCS_CSC", "2026-10-21T10:00:00Z").forum("DIRECT", "LANCS_NORTH")
                .child("k", "Kayla Neverseen", "LCS-10")
                .incident("MISSING_EPISODE", "2026-08-15T21:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "k", "MISSING_PERSON")
                .incident("FOUND", "2026-10-01T02:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "k", "MISSING_PERSON")
                .incident("CONCERN", "2026-10-20T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "k", "VICTIM").send(client);
        // Two incidents only: not yet.
        new Fixtures.Submission("CSC-2", "LANCS_CSC", "2026-10-21T10:00:00Z").forum("DIRECT", "LANCS_NORTH")
                .child("l", "Lena Twiceseen", "LCS-11")
                .incident("CONCERN", "2026-09-01T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "l", "VICTIM")
                .incident("CONCERN", "2026-09-02T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "l", "VICTIM").send(client);
        // Three incidents, but the last falls on the meeting day and one before 11 August: one within the window.
        new Fixtures.Submission("CSC-3", "LANCS_CSC", "2026-11-09T10:00:00Z").forum("DIRECT", "LANCS_NORTH")
                .child("m", "Mia Outofwindow", "LCS-12")
                .incident("CONCERN", "2026-08-10T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "m", "VICTIM")
                .incident("CONCERN", "2026-09-10T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "m", "VICTIM")
                .incident("CONCERN", "2026-11-09T08:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "m", "VICTIM").send(client);
        // Three incidents and already referred to a MACE (another area's): not prompted.
        new Fixtures.Submission("POL-1", "LANCASHIRE_POLICE", "2026-10-21T10:00:00Z").forum("MACE", "BLACKPOOL")
                .child("n", "Nora Referred", "LCS-13")
                .incident("CONCERN", "2026-09-01T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "n", "VICTIM")
                .incident("CONCERN", "2026-09-02T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "n", "VICTIM")
                .incident("CONCERN", "2026-09-03T16:00:00Z", MORECAMBE_LAT, MORECAMBE_LON, "n", "VICTIM").send(client);

        JsonNode agenda = client.get("/api/meetings/" + meeting + "/agenda", "analyst").body();

        assertThat(agenda.get("neverReferred")).hasSize(1);
        JsonNode prompt = agenda.get("neverReferred").get(0);
        assertThat(prompt.get("child").get("label").asText()).isEqualTo("Kayla Neverseen");
        assertThat(prompt.get("incidents")).hasSize(3);
        assertThat(prompt.get("submissions").asInt()).isEqualTo(1);
        assertThat(prompt.get("reason").asText()).startsWith("3 exploitation-related incidents and 1 submission in the 90 days");
    }

    @Test
    void shouldListPlacedChildrenWithTheHomeAuthorityNotificationClosedWhenThePlacementEnds() {
        String october = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-10-12")));
        String november = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-11-09")));
        String placed = referral("R-1", "2026-10-01T09:00:00Z", "LCS-1").get("entities").get("c").asText();
        String endedEarly = referral("R-2", "2026-09-01T09:00:00Z", "LCS-2").get("entities").get("c").asText();
        String stays = Fixtures.id(client.post("/api/placements", "mace", placement(placed, "MANCHESTER_CC", "2026-09-01", null)));
        String ended = Fixtures.id(client.post("/api/placements", "mace", placement(endedEarly, "CUMBRIA_CC", "2026-08-01", "2026-09-30")));

        JsonNode novemberAgenda = client.get("/api/meetings/" + november + "/agenda", "mace").body();
        assertThat(novemberAgenda.get("placedChildren")).hasSize(1);
        JsonNode entry = novemberAgenda.get("placedChildren").get(0);
        assertThat(entry.get("homeAuthority").asText()).isEqualTo("MANCHESTER_CC");
        assertThat(entry.get("notification").get("status").asText()).isEqualTo("OPEN");
        assertThat(entry.get("child").get("id").asText()).isEqualTo(placed);

        JsonNode octoberAgenda = client.get("/api/meetings/" + october + "/agenda", "mace").body();
        assertThat(Fixtures.texts(octoberAgenda.get("placedChildren"), "homeAuthority")).containsExactly("CUMBRIA_CC", "MANCHESTER_CC");
        assertThat(octoberAgenda.get("placedChildren").get(0).get("notification").get("status").asText()).isEqualTo("CLOSED");

        assertThat(client.get("/api/placements/" + stays, "mace").body().get("homeAuthority").asText()).isEqualTo("MANCHESTER_CC");
        assertThat(client.get("/api/placements/" + stays, "mace-east").status()).isEqualTo(403);
        JsonNode closed = client.patch("/api/placements/" + stays, "mace", "{\"to\": \"2026-11-20\"}").body();
        assertThat(closed.get("notification").get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("notification").has("closedAt")).isTrue();
        assertThat(closed.get("placement").get("to").asText()).isEqualTo("2026-11-20");
        assertThat(client.patch("/api/placements/" + ended, "mace", "{\"to\": \"2026-07-01\"}").status()).isEqualTo(400);
    }

    @Test
    void shouldShowOpenCasesNewlyLinkedPersonsAndTheAreasTopHotspots() {
        Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-10-12")));
        String november = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-11-09")));
        String child = referral("R-1", "2026-10-01T09:00:00Z", "LCS-1").get("entities").get("c").asText();
        // New intelligence on the referred child after the October meeting, with a new person of interest.
        Fixtures.Submission later = new Fixtures.Submission("CSC-9", "LANCS_CSC", "2026-10-25T09:00:00Z").forum("DIRECT", "LANCS_NORTH")
                .child("c", "Child LCS-1 Testperson", "LCS-1").poi("p", "Gary Newlink", "PNC-77").link("p", "c", "EXPLOITS");
        for (int k = 0; k < 5; k++) {
            later.incident("SIGHTING", "2026-10-0" + (k + 1) + "T20:00:00Z", LANCASTER_LAT + k * 0.0001, LANCASTER_LON, "c", "VICTIM");
        }
        later.send(client);

        JsonNode agenda = client.get("/api/meetings/" + november + "/agenda", "analyst").body();

        assertThat(agenda.get("openCases")).hasSize(1);
        assertThat(agenda.get("openCases").get(0).get("child").get("id").asText()).isEqualTo(child);
        assertThat(agenda.get("openCases").get(0).get("newIntelligence").asInt()).isEqualTo(1);
        assertThat(agenda.get("openCases").get(0).get("updateDue").asText()).isEqualTo("2026-11-09");
        assertThat(agenda.get("newlyLinkedPersons")).hasSize(1);
        assertThat(agenda.get("newlyLinkedPersons").get(0).get("newLinks").asInt()).isEqualTo(1);
        assertThat(agenda.get("newlyLinkedPersons").get(0).get("person").get("label").asText()).isEqualTo("Gary Newlink");
        assertThat(agenda.get("topHotspots")).hasSize(1);
        assertThat(agenda.get("topHotspots").get(0).get("incidentCount").asInt()).isEqualTo(5);
        assertThat(agenda.get("topHotspots").get(0).get("geometry").get("type").asText()).isEqualTo("Polygon");
    }

    @Test
    void shouldRefuseToPlaceAChildOutsideTheMembersViewWithoutSayingWhetherTheIdIsAChilds() {
        String child = new Fixtures.Submission("R-1", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "LANCS_NORTH")
                .child("c", "Tasha Example", "LCS-1").send(client).get("entities").get("c").asText();
        String poi = new Fixtures.Submission("P-1", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "LANCS_NORTH")
                .poi("p", "Ian Holloway", "PNC-1").send(client).get("entities").get("p").asText();
        long[] before = client.graphSize();

        String east = "{\"child\": {\"id\": \"%s\"}, \"homeAuthority\": \"MANCHESTER_CC\", \"area\": \"LANCS_EAST\", \"from\": \"2026-09-01\"}";
        assertThat(client.post("/api/placements", "mace-east", east.formatted(child)).status()).isEqualTo(403);
        assertThat(client.post("/api/placements", "mace-east", east.formatted(poi)).status()).isEqualTo(403);
        assertThat(client.graphSize()).isEqualTo(before);
        assertThat(client.post("/api/placements", "mace", placement(poi, "MANCHESTER_CC", "2026-09-01", null)).body()
                .get("errors").get(0).get("message").asText()).isEqualTo("names no child");
    }

    private JsonNode referral(String ref, String submittedAt, String lcs) {
        return new Fixtures.Submission(ref, "LANCASHIRE_POLICE", submittedAt).forum("MACE", "LANCS_NORTH")
                .child("c", "Child " + lcs + " Testperson", lcs).send(client);
    }

    private static String placement(String child, String home, String from, String to) {
        return "{\"child\": {\"id\": \"" + child + "\"}, \"homeAuthority\": \"" + home + "\", \"area\": \"LANCS_NORTH\", "
                + "\"from\": \"" + from + "\"" + (to == null ? "" : ", \"to\": \"" + to + "\"") + "}";
    }
}
