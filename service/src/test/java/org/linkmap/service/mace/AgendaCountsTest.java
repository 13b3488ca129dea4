package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every count on an agenda is over the reader's view, not over the whole person: Blackpool's MACE meets on 12 October
 * and 9 November 2026, and Lancashire East knows the same children and the same person of interest. Worked by hand:
 *
 * <ul>
 *   <li>Child S (LCS-20), referred to Blackpool's MACE on 20 September; since 12 October Blackpool sent two
 *   submissions about her (19 and 20 October), Lancashire East two (22 and 25 October). Open case: 2 new for a
 *   Blackpool member, latest 20 October; 4 for an analyst, latest 25 October.</li>
 *   <li>Child K (LCS-21): three Blackpool submissions within the 90 days, and a referral to Lancashire East's MACE.
 *   A Blackpool member cannot see that referral: for it K was never on a MACE agenda, so it is prompted to refer.
 *   The analyst sees the referral: not prompted.</li>
 *   <li>Child J (LCS-22): one Blackpool submission and two Lancashire East ones within the 90 days. Three for the
 *   analyst (prompted); one for a Blackpool member (not prompted).</li>
 *   <li>Person of interest P (PNC-30): since 12 October Blackpool reported one link (he exploits S), Lancashire East
 *   two (he associates with Q and uses a phone). Newly linked: 1 for a Blackpool member, 3 for the analyst.</li>
 * </ul>
 */
@HarnessTest
class AgendaCountsTest extends ApiTestSupport {

    static final double BURNLEY_LAT = 53.789;
    static final double BURNLEY_LON = -2.248;

    @Test
    void shouldCountOnlyTheSubmissionsLinksAndReferralsInTheReadersViewAboutAPersonTwoAreasShare() {
        Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "BLACKPOOL", "2026-10-12")));
        String november = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "BLACKPOOL", "2026-11-09")));
        String s = new Fixtures.Submission("R1", "LANCASHIRE_POLICE", "2026-09-20T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Sadie Shared", "LCS-20").send(client).get("entities").get("c").asText();
        blackpool("B2", "2026-10-19T10:00:00Z").child("c", "Sadie Shared", "LCS-20").send(client);
        String p = new Fixtures.Submission("P1", "LANCASHIRE_POLICE", "2026-10-20T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Sadie Shared", "LCS-20").poi("p", "Ian Twolinks", "PNC-30").link("p", "c", "EXPLOITS")
                .send(client).get("entities").get("p").asText();
        new Fixtures.Submission("E1", "LANCASHIRE_POLICE", "2026-10-22T09:00:00Z").forum("MACE", "LANCS_EAST")
                .child("c", "Sadie Shared", "LCS-20")
                .incident("CONCERN", "2026-10-21T20:00:00Z", BURNLEY_LAT, BURNLEY_LON, "c", "VICTIM").send(client);
        east("E2", "2026-10-25T09:00:00Z").child("c", "Sadie Shared", "LCS-20").send(client);
        new Fixtures.Submission("P2", "LANCASHIRE_POLICE", "2026-10-21T09:00:00Z").forum("MACE", "LANCS_EAST")
                .poi("p", "Ian Twolinks", "PNC-30").poi("q", "Dean Eastern", "PNC-31")
                .entity("{\"ref\": \"ph\", \"type\": \"PHONE\", \"number\": \"07700900123\"}")
                .link("p", "q", "ASSOCIATES_WITH").link("p", "ph", "USES").send(client);

        String k = blackpool("K1", "2026-10-01T09:00:00Z").child("c", "Kim Twoareas", "LCS-21").send(client).get("entities").get("c").asText();
        blackpool("K2", "2026-10-05T09:00:00Z").child("c", "Kim Twoareas", "LCS-21").send(client);
        blackpool("K3", "2026-10-10T09:00:00Z").child("c", "Kim Twoareas", "LCS-21").send(client);
        new Fixtures.Submission("KE", "LANCASHIRE_POLICE", "2026-10-15T09:00:00Z").forum("MACE", "LANCS_EAST")
                .child("c", "Kim Twoareas", "LCS-21").send(client);

        String j = blackpool("J1", "2026-10-01T10:00:00Z").child("c", "Jade Eastmostly", "LCS-22").send(client).get("entities").get("c").asText();
        east("JE1", "2026-10-02T09:00:00Z").child("c", "Jade Eastmostly", "LCS-22").send(client);
        east("JE2", "2026-10-03T09:00:00Z").child("c", "Jade Eastmostly", "LCS-22").send(client);

        JsonNode member = client.get("/api/meetings/" + november + "/agenda", "mace").body();
        assertThat(member.get("openCases")).hasSize(1);
        JsonNode memberCase = member.get("openCases").get(0);
        assertThat(memberCase.get("child").get("id").asText()).isEqualTo(s);
        assertThat(memberCase.get("newIntelligence").asInt()).isEqualTo(2);
        assertThat(memberCase.get("latestIntelligence").asText()).startsWith("2026-10-20T09:00");
        assertThat(Fixtures.texts(member.get("neverReferred"), "submissions")).containsExactly("3");
        assertThat(member.get("neverReferred").get(0).get("child").get("id").asText()).isEqualTo(k);
        assertThat(member.get("neverReferred").get(0).get("reason").asText()).startsWith("0 exploitation-related incidents and 3 submissions");
        assertThat(member.get("newlyLinkedPersons")).hasSize(1);
        assertThat(member.get("newlyLinkedPersons").get(0).get("person").get("id").asText()).isEqualTo(p);
        assertThat(member.get("newlyLinkedPersons").get(0).get("newLinks").asInt()).isEqualTo(1);
        assertThat(Fixtures.texts(member.get("newReferrals"), "submissionRef")).containsExactly("P1");

        JsonNode analyst = client.get("/api/meetings/" + november + "/agenda", "analyst").body();
        assertThat(analyst.get("openCases").get(0).get("newIntelligence").asInt()).isEqualTo(4);
        assertThat(analyst.get("openCases").get(0).get("latestIntelligence").asText()).startsWith("2026-10-25T09:00");
        assertThat(analyst.get("neverReferred")).hasSize(1);
        assertThat(analyst.get("neverReferred").get(0).get("child").get("id").asText()).isEqualTo(j);
        assertThat(analyst.get("neverReferred").get(0).get("submissions").asInt()).isEqualTo(3);
        assertThat(analyst.get("newlyLinkedPersons").get(0).get("newLinks").asInt()).isEqualTo(3);
    }

    private static Fixtures.Submission blackpool(String ref, String at) {
        return new Fixtures.Submission(ref, "BLACKPOOL_CSC", at).forum("DIRECT", "BLACKPOOL");
    }

    private static Fixtures.Submission east(String ref, String at) {
        return new Fixtures.Submission(ref, "LANCS_CSC", at).forum("DIRECT", "LANCS_EAST");
    }
}
