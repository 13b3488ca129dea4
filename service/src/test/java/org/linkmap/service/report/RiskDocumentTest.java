package org.linkmap.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/** The weekly risk document of Blackpool on known data: who, risk, latest intelligence and grading, taskings, disruption. */
@HarnessTest
class RiskDocumentTest extends ApiTestSupport {

    @Test
    void shouldListChildrenAndPersonsOfInterestWithTheirLatestGradedIntelligenceTaskingsAndDisruption() {
        JsonNode first = new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Ruby Riskdoc", "LCS-1").poi("p", "Ian Holloway", "PNC-1").link("p", "c", "EXPLOITS").send(client);
        new Fixtures.Submission("B", "BLACKPOOL_CSC", "2026-10-20T09:00:00Z").forum("DIRECT", "BLACKPOOL")
                .child("c", "Ruby Riskdoc", "LCS-1").send(client);
        String child = first.get("entities").get("c").asText();
        String poi = first.get("entities").get("p").asText();
        Fixtures.id(client.post("/api/taskings", "mace", Fixtures.tasking(child, "Return interview", "BLACKPOOL_CSC", "2026-12-31")));
        Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"CAWN\", \"target\": {\"id\": \"" + poi + "\"}, \"date\": \"2026-11-01\"}"));

        JsonNode doc = client.get("/api/reports/risk-document?area=BLACKPOOL", "mace").body();

        assertThat(doc.get("children")).hasSize(1);
        JsonNode c = doc.get("children").get(0);
        assertThat(c.get("person").get("label").asText()).matches("Child [0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(c.get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(c.get("hazards").get(0).asText()).isEqualTo("CSE");
        assertThat(c.get("latestIntelligence").get("submissionRef").asText()).isEqualTo("B");
        assertThat(c.get("latestIntelligence").get("grading").asText()).isEqualTo("2B P");
        assertThat(c.get("openTaskings")).hasSize(1);
        assertThat(c.get("openTaskings").get(0).get("assignedTo").asText()).isEqualTo("BLACKPOOL_CSC");
        assertThat(doc.get("personsOfInterest")).hasSize(1);
        JsonNode p = doc.get("personsOfInterest").get(0);
        assertThat(p.get("person").get("label").asText()).isEqualTo("Ian Holloway");
        assertThat(p.get("disruption").get(0).get("tactic").asText()).isEqualTo("CAWN");
        assertThat(p.get("latestIntelligence").get("submissionRef").asText()).isEqualTo("A");
        assertThat(client.get("/api/reports/risk-document?area=BLACKPOOL", "mace-east").status()).isEqualTo(403);
        assertThat(client.get("/api/reports/risk-document", "mace").body().get("errors").get(0).get("field").asText()).isEqualTo("area");
        assertThat(client.get("/api/reports/risk-document?area=LANCS_EAST", "mace-east").body().get("children")).isEmpty();
    }

    @Test
    void shouldGiveEachAreaItsOwnRiskLevelAndOnlyItsOwnTaskingsAndDisruptionOfAChildBothKnow() {
        String child = new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Zoe Twoareas", "LCS-2").send(client).get("entities").get("c").asText();
        new Fixtures.Submission("E", "LANCASHIRE_POLICE", "2026-10-05T09:00:00Z").forum("MACE", "LANCS_EAST")
                .entity("{\"ref\": \"c\", \"type\": \"PERSON\", \"roles\": [\"CHILD\"], \"name\": \"Zoe Twoareas\", "
                        + "\"identifiers\": {\"LCS\": \"LCS-2\"}, \"riskLevel\": \"LOW\", \"hazards\": [\"CCE\"]}").send(client);
        client.post("/api/taskings", "mace", Fixtures.tasking(child, "Blackpool's plan", "BLACKPOOL_CSC", "2026-12-31"));
        client.post("/api/disruptions", "mace", "{\"tactic\": \"VISIT\", \"target\": {\"id\": \"" + child
                + "\"}, \"date\": \"2026-11-01\", \"outcome\": \"Blackpool's outcome\"}");

        JsonNode east = client.get("/api/reports/risk-document?area=LANCS_EAST", "mace-east").body().get("children");
        JsonNode blackpool = client.get("/api/reports/risk-document?area=BLACKPOOL", "mace").body().get("children");

        assertThat(east).hasSize(1);
        assertThat(east.get(0).get("riskLevel").asText()).isEqualTo("LOW");
        assertThat(Fixtures.texts(east.get(0).get("hazards"), null)).containsExactly("CCE");
        assertThat(east.get(0).get("openTaskings")).as("Blackpool's tasking").isEmpty();
        assertThat(east.get(0).get("disruption")).as("Blackpool's disruption").isEmpty();
        assertThat(blackpool.get(0).get("riskLevel").asText()).isEqualTo("HIGH");
        assertThat(Fixtures.texts(blackpool.get(0).get("hazards"), null)).containsExactly("CSE");
        assertThat(blackpool.get(0).get("openTaskings")).hasSize(1);
        assertThat(blackpool.get(0).get("disruption")).hasSize(1);
    }
}
