package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/referrals} pages through what became of an agency's submissions (or a member's areas'): its
 * {@code total} counts them all, whatever page is asked for, so a client can tell there are more.
 */
@HarnessTest
class ReferralsTest extends ApiTestSupport {

    @Test
    void shouldCountEveryReferralWhateverThePage() {
        for (int i = 1; i <= 3; i++) {
            new Fixtures.Submission("CSC-PAGE-" + i, "BLACKPOOL_CSC", "2026-10-0" + i + "T10:00:00Z").forum("MACE", "BLACKPOOL")
                    .child("c", "Paige Number" + i, "LCS-70" + i).send(client);
        }
        new Fixtures.Submission("POL-PAGE-1", "LANCASHIRE_POLICE", "2026-10-04T10:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Polly Other", "LCS-709").send(client);

        JsonNode first = client.get("/api/referrals?limit=2", "agency").body();
        JsonNode second = client.get("/api/referrals?limit=2&offset=2", "agency").body();

        assertThat(first.get("total").asInt()).as("the agency's own three").isEqualTo(3);
        assertThat(second.get("total").asInt()).isEqualTo(3);
        List<String> refs = new ArrayList<>();
        first.get("items").forEach(item -> refs.add(item.get("submissionRef").asText()));
        second.get("items").forEach(item -> refs.add(item.get("submissionRef").asText()));
        assertThat(refs).as("newest first, each once").containsExactly("CSC-PAGE-3", "CSC-PAGE-2", "CSC-PAGE-1");

        LinkmapClient.Reply blackpool = client.get("/api/referrals?limit=1", "mace");
        LinkmapClient.Reply east = client.get("/api/referrals?limit=1", "mace-east");
        assertThat(blackpool.body().get("total").asInt()).as("all four, in the member's areas").isEqualTo(4);
        assertThat(blackpool.body().get("items")).hasSize(1);
        assertThat(east.body().get("total").asInt()).as("none in Lancashire East").isZero();
    }

    /** A referral counts the taskings its reader may see: an agency its own agency's, not another's it cannot list. */
    @Test
    void shouldCountOnlyTheReadersTaskingsAgainstWhatAReferralNamed() {
        String child = new Fixtures.Submission("CSC-TASKED", "BLACKPOOL_CSC", "2026-10-06T10:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Tia Tasked", "LCS-712").send(client).get("entities").get("c").asText();
        client.post("/api/taskings", "mace", Fixtures.tasking(child, "Health assessment", "LANCS_HEALTH", "2026-12-31"));

        assertThat(client.get("/api/referrals", "agency").body().get("items").get(0).get("taskings").asInt())
                .as("another agency's tasking").isZero();
        assertThat(client.get("/api/referrals", "mace").body().get("items").get(0).get("taskings").asInt()).isEqualTo(1);
        client.post("/api/taskings", "mace", Fixtures.tasking(child, "Return interview", "BLACKPOOL_CSC", "2026-12-31"));
        assertThat(client.get("/api/referrals", "agency").body().get("items").get(0).get("taskings").asInt()).isEqualTo(1);
        assertThat(client.get("/api/referrals", "analyst").body().get("items").get(0).get("taskings").asInt()).isEqualTo(2);
    }

    /** A submission whose case lies in no area (no forum, no place) is in no member's view, its referral included. */
    @Test
    void shouldNotListASubmissionInNoAreaToAMember() {
        new Fixtures.Submission("CSC-NOWHERE", "BLACKPOOL_CSC", "2026-10-05T10:00:00Z").child("c", "Nora Placeless", "LCS-711").send(client);

        assertThat(client.get("/api/referrals", "mace").body().get("total").asInt()).isZero();
        assertThat(client.get("/api/referrals", "mace").raw()).doesNotContain("CSC-NOWHERE");
        assertThat(client.get("/api/referrals", "agency").body().get("items").get(0).get("submissionRef").asText())
                .as("its own agency still reads it").isEqualTo("CSC-NOWHERE");
        assertThat(client.get("/api/referrals", "analyst").body().get("total").asInt()).isEqualTo(1);
    }
}
