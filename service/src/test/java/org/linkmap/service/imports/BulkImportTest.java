package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.support.LinkmapClient.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code POST /api/submissions/bulk} with NDJSON and the incident CSV layout, and {@code GET /api/imports/{id}}:
 * every line is answered (accepted, duplicate or rejected with its reason), a rejected line writes nothing,
 * and a long import can be followed while it runs.
 */
@HarnessTest
class BulkImportTest extends ApiTestSupport {

    private static final String NDJSON = "application/x-ndjson";
    private static final String CSV = "text/csv";

    private Reply bulk(String user, String contentType, String body, String query) {
        return client.post("/api/submissions/bulk" + query, user, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String line(String resource) {
        return LinkmapClient.json(LinkmapClient.resource(resource)).toString();
    }

    @Test
    void shouldAnswerEveryLineOfAnNdjsonFileAndWriteNothingForARejectedOne() {
        String police = line("examples/submission-mace-referral.json");
        String csc = line("examples/submission-csc-corroboration.json");
        String unknownPostcode = csc.replace("\"submissionRef\":\"", "\"submissionRef\":\"X-")
                .replaceFirst("\"entities\":\\[", "\"entities\":[{\"ref\":\"zz\",\"type\":\"LOCATION\",\"name\":\"Nowhere\",\"postcode\":\"ZZ9 9ZZ\"},");
        String body = police + "\n" + "{\"submissionRef\": \"R-1\", \"agency\": \"LANCASHIRE_POLICE\"}\n" + "\n" + csc + "\n" + police + "\n" + unknownPostcode + "\n";

        Reply reply = bulk("analyst", NDJSON, body, "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode report = reply.body();
        assertThat(report.get("state").asText()).isEqualTo("DONE");
        assertThat(report.get("processed").asLong()).isEqualTo(5);
        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("duplicates").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").asLong()).isEqualTo(2);
        assertThat(report.get("errors")).hasSize(2);
        assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("message").asText()).contains("grading: is required");
        assertThat(report.get("errors").get(1).get("line").asLong()).isEqualTo(6);
        assertThat(report.get("errors").get(1).get("message").asText()).contains("entities[0].postcode").contains("ZZ9 9ZZ");
        assertThat(client.count("MATCH (s:Submission) RETURN count(s)", Map.of())).isEqualTo(2);
        assertThat(client.count("MATCH (l:Location {name: 'Nowhere'}) RETURN count(l)", Map.of())).isZero();

        JsonNode followed = client.get("/api/imports/" + report.get("importId").asText() + "?lines=true", "analyst").body();
        List<String> outcomes = new ArrayList<>();
        followed.get("lines").forEach(l -> outcomes.add(l.get("line").asLong() + ":" + l.get("outcome").asText()));
        assertThat(outcomes).containsExactly("1:ACCEPTED", "2:REJECTED", "4:ACCEPTED", "5:DUPLICATE", "6:REJECTED");
        assertThat(followed.get("lines").get(3).get("submissionId").asText())
                .isEqualTo(followed.get("lines").get(0).get("submissionId").asText());
    }

    @Test
    void shouldJoinWhatTheLinesOfOneImportSayAboutTheSameChildAndPhone() {
        String police = line("examples/submission-mace-referral.json");
        String csc = line("examples/submission-csc-corroboration.json");

        Reply reply = bulk("analyst", NDJSON, police + "\n" + csc + "\n", "");

        assertThat(reply.body().get("accepted").asLong()).isEqualTo(2);
        assertThat(client.count("MATCH (p:Person)-[:HAS_IDENTIFIER]->(:Identifier {key: 'LCS:LCS-900001'}) RETURN count(DISTINCT p)", Map.of()))
                .isEqualTo(1);
        assertThat(client.count("MATCH (p:Phone {number: '+447700900123'}) RETURN size(p.agencies)", Map.of())).isEqualTo(2);
    }

    @Test
    void shouldRejectLinesForAnotherAgencyFromAnAgencyUser() {
        String csc = line("examples/submission-csc-corroboration.json");
        String police = line("examples/submission-mace-referral.json");

        JsonNode report = bulk("agency", NDJSON, csc + "\n" + police + "\n", "").body();

        assertThat(report.get("accepted").asLong()).isEqualTo(1);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("message").asText()).contains("own agency");
        assertThat(client.count("MATCH (s:Submission {agency: 'LANCASHIRE_POLICE'}) RETURN count(s)", Map.of())).isZero();
    }

    @Test
    void shouldAnswer202WithALocationAndLetTheStarterFollowTheImport() throws InterruptedException {
        String file = LinkmapClient.resource("bulk/generated-150.ndjson");

        Reply reply = bulk("analyst", NDJSON, file, "?wait=0");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(202);
        String importId = reply.body().get("importId").asText();
        assertThat(reply.body().get("state").asText()).isEqualTo("RUNNING");
        JsonNode report = reply.body();
        for (int i = 0; i < 600 && report.get("state").asText().equals("RUNNING"); i++) {
            Thread.sleep(100);
            report = client.get("/api/imports/" + importId, "analyst").body();
        }
        assertThat(report.get("state").asText()).isEqualTo("DONE");
        assertThat(report.get("processed").asLong()).isEqualTo(150);
        assertThat(report.get("accepted").asLong()).isEqualTo(150);
        assertThat(report.get("finishedAt")).isNotNull();
        assertThat(client.count("MATCH (s:Submission) RETURN count(s)", Map.of())).isEqualTo(150);
        assertThat(client.get("/api/imports/" + importId, "mace").status()).isEqualTo(404);
    }

    @Test
    void shouldImportTheIncidentCsvLayoutAndNameTheColumnOfABadValue() {
        String csv = """
                agency,submissionRef,submittedBy,submittedAt,source,intelligence,handling,incidentType,occurredAt,summary,lat,lon,postcode,locationName,locationType,person1Name,person1Kind,person1Role,person1IdScheme,person1Id,person1Phone,person2Name,person2Kind,person2Role,person2Vrm
                LANCASHIRE_POLICE,CAD-0001,PC 1234,2026-11-02T10:15:00Z,2,B,P,SIGHTING,2026-10-30T22:40:00Z,"Seen near the car park, late",53.8132,-3.0541,,Central car park,CAR_PARK,Amber Testchild,CHILD,VICTIM,LCS,LCS-900001,07700 900123,Marek Fictional,POI,SUSPECT,YX19 ABC
                LANCASHIRE_POLICE,CAD-0002,PC 1234,2026-11-03T10:15:00Z,2,B,P,FOUND,2026-10-31T03:10:00Z,Found by patrol,,,FY1 1AD,,,Amber Testchild,CHILD,MISSING_PERSON,LCS,LCS-900001,,,,,
                LANCASHIRE_POLICE,CAD-0003,PC 1234,2026-11-04T10:15:00Z,2,B,P,SIGHTING,2026-10-31T03:10:00Z,Bad role,53.8,-3.05,,,,Amber Testchild,CHILD,BYSTANDER,LCS,LCS-900001,,,,,
                """;

        Reply reply = bulk("analyst", CSV, csv, "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode report = reply.body();
        assertThat(report.get("format").asText()).isEqualTo("CSV");
        assertThat(report.get("accepted").asLong()).as(reply.raw()).isEqualTo(2);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(report.get("errors").get(0).get("message").asText()).startsWith("person1Role:");
        assertThat(client.count("MATCH (p:Person)-[:HAS_IDENTIFIER]->(:Identifier {key: 'LCS:LCS-900001'}) RETURN count(DISTINCT p)", Map.of()))
                .isEqualTo(1);
        assertThat(client.count("MATCH (:Person:Child)-[:INVOLVED_IN]->(i:Incident) RETURN count(i)", Map.of())).isEqualTo(2);
        assertThat(client.count("MATCH (:Person {name: 'Marek Fictional'})-[:USES]->(:Vehicle {vrm: 'YX19ABC'}) RETURN count(*)", Map.of()))
                .isEqualTo(1);
        assertThat(client.count("MATCH (:Person:Child)-[:USES]->(:Phone {number: '+447700900123'}) RETURN count(*)", Map.of())).isEqualTo(1);
        assertThat(client.count("MATCH (:Incident)-[:OCCURRED_AT]->(l:Location {name: 'Central car park'}) RETURN count(l)", Map.of()))
                .isEqualTo(1);
        assertThat(client.count("MATCH (i:Incident {geocodedFrom: 'postcode'}) RETURN count(i)", Map.of())).isEqualTo(1);
    }

    @Test
    void shouldNameTheCsvColumnOfAValueRefusedWhenTheLineIsCommitted() {
        // The postcode is well formed, so the line passes validation; only the postcode table, read when the
        // batch is written, refuses it. The report must still name the column the user wrote.
        String csv = """
                agency,submissionRef,submittedBy,submittedAt,source,intelligence,handling,incidentType,occurredAt,postcode
                LANCASHIRE_POLICE,CAD-0101,PC 1234,2026-11-02T10:15:00Z,2,B,P,SIGHTING,2026-10-30T22:40:00Z,FY1 1AD
                LANCASHIRE_POLICE,CAD-0102,PC 1234,2026-11-02T10:15:00Z,2,B,P,SIGHTING,2026-10-30T22:40:00Z,ZZ9 9ZZ
                """;

        Reply reply = bulk("analyst", CSV, csv, "");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode errors = reply.body().get("errors");
        assertThat(reply.body().get("accepted").asLong()).isEqualTo(1);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("line").asLong()).isEqualTo(3);
        assertThat(errors.get(0).get("message").asText())
                .isEqualTo("postcode: the postcode ZZ9 9ZZ is not in the postcode table (PR, FY, BB and LA areas)");
    }

    @Test
    void shouldRefuseACsvWhoseHeaderIsNotTheLayoutAndRecordNoImport() {
        String csv = "agency,submissionRef,submittedBy,submittedAt,source,intelligence,handling,incidentType,occuredAt\nX,1,2026-01-01T00:00:00Z,2,B,P,CONCERN,x\n";

        Reply reply = bulk("analyst", CSV, csv, "");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw()).contains("header.occuredAt").contains("header.occurredAt");
        assertThat(client.count("MATCH (i:Import) RETURN count(i)", Map.of())).isZero();
    }

    @Test
    void shouldRefuseAnEmptyFileAnUnknownTypeAndABadWait() {
        assertThat(bulk("analyst", NDJSON, "\n\n", "").status()).isEqualTo(400);
        Reply json = bulk("analyst", "application/json", "{}", "");
        assertThat(json.status()).isEqualTo(415);
        assertThat(json.raw()).contains("application/x-ndjson").contains("text/csv");
        Reply wait = bulk("analyst", NDJSON, line("examples/submission-csc-corroboration.json"), "?wait=999");
        assertThat(wait.status()).isEqualTo(400);
        assertThat(wait.raw()).contains("wait");
        assertThat(client.count("MATCH (n) WHERE n:Import OR n:Submission RETURN count(n)", Map.of())).isZero();
    }

    @Test
    void shouldAnswer404ForAnImportThatDoesNotExist() {
        assertThat(client.get("/api/imports/8b7c6d5e-0000-4000-8000-000000000000", "analyst").status()).isEqualTo(404);
    }
}
