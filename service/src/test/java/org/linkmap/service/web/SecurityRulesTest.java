package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

/** Who may call what: 401 without credentials, 403 for a role the rule leaves out, and the agency scope. */
@HarnessTest
class SecurityRulesTest extends ApiTestSupport {

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "/api/hotspots, -, 401",
            "/api/hotspots, analyst, 200",
            "/api/hotspots, mace, 200",
            "/api/hotspots, agency, 403",
            "/api/hotspots, admin, 403",
            "/api/incidents, agency, 403",
            "/api/submissions, agency, 200",
            "/api/submissions, admin, 403",
            "/api/audit, analyst, 403",
            "/api/audit, admin, 200",
            "/api/audit/verify, mace, 403",
            "/api/me, agency, 200",
            "/api/entities/00000000-0000-0000-0000-000000000000, agency, 403",
            "/api/entities/00000000-0000-0000-0000-000000000000, analyst, 404",
            "/api/network/00000000-0000-0000-0000-000000000000, agency, 403",
            "/api/nothing-here, analyst, 403"})
    void shouldApplyTheRuleOfEachEndpoint(String path, String user, int status) {
        LinkmapClient.Reply reply = client.get(path, user);

        assertThat(reply.status()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void shouldRefuseWrongPasswordsWith401() {
        assertThat(client.get("/api/hotspots", "intruder").status()).isEqualTo(401);
    }

    @Test
    void shouldLetAnAgencyUserSubmitForItsOwnAgencyOnly() {
        String own = LinkmapClient.resource("examples/submission-csc-corroboration.json");
        String other = LinkmapClient.resource("examples/submission-mace-referral.json");

        assertThat(client.post("/api/submissions", "agency", other).status()).isEqualTo(403);
        assertThat(client.graphSize()).containsExactly(0, 0);
        assertThat(client.post("/api/submissions", "agency", own).status()).isEqualTo(201);
    }

    @Test
    void shouldShowAnAgencyUserOnlyItsOwnAgencysSubmissions() {
        String police = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).body().get("submissionId").asText();
        client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json"));

        var list = client.get("/api/submissions", "agency").body();
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("items").get(0).get("agency").asText()).isEqualTo("BLACKPOOL_CSC");
        assertThat(client.get("/api/submissions/" + police, "agency").status()).isEqualTo(404);
        assertThat(client.get("/api/submissions/" + police, "analyst").body().get("submissionRef").asText())
                .isEqualTo("LANCS-POL-2026-00417");
    }
}
