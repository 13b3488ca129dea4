package org.linkmap.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.neo4j.driver.Record;

/**
 * An incident's involvements are links like any other: they carry what a link between entities carries (the
 * reporting submission, its agency, dates, grading and handling conditions) and the role, and an incident has one
 * link per node however many of its refs name that node, with the role named last. Where it happened carries the
 * same provenance.
 */
@HarnessTest
class IncidentInvolvementTest extends ApiTestSupport {

    @Test
    void shouldGiveAnInvolvementTheProvenanceAMergedLinkHasAndOneLinkPerNode() {
        // The C-graded example, with the child named twice in the incident: first as victim, then as witness.
        String json = LinkmapClient.resource("examples/submission-csc-corroboration.json")
                .replace("{ \"ref\": \"c2\", \"role\": \"VICTIM\" },", "{ \"ref\": \"c2\", \"role\": \"VICTIM\" }, { \"ref\": \"c2\", \"role\": \"WITNESS\" },");
        LinkmapClient.Reply sent = client.submit(json);
        assertThat(sent.status()).as(sent.raw()).isEqualTo(201);
        String child = sent.body().get("entities").get("c2").asText();
        String suspect = sent.body().get("entities").get("p1").asText();

        Map<String, Map<String, Object>> involvements = new HashMap<>();
        List<Record> rows = rows("MATCH (e:Entity)-[r:INVOLVED_IN]->(:Incident) RETURN e.id AS entity, properties(r) AS link");
        rows.forEach(r -> involvements.put(r.get("entity").asString(), r.get("link").asMap()));
        assertThat(rows).as("one link per node, however many refs name it").hasSize(2);
        assertThat(involvements).containsOnlyKeys(child, suspect);
        assertThat(involvements.get(child)).containsEntry("role", "WITNESS");
        assertThat(involvements.get(suspect)).containsEntry("role", "SUSPECT");

        Map<String, Object> merged = rows("MATCH (:Entity {id: $from})-[r:EXPLOITS]->(:Entity {id: $to}) RETURN properties(r) AS link",
                Map.of("from", suspect, "to", child)).get(0).get("link").asMap();
        Map<String, Object> involvement = involvements.get(suspect);
        Set<String> expectedKeys = new HashSet<>(merged.keySet());
        expectedKeys.add("role");
        assertThat(involvement.keySet()).as("what a merged link carries, and the role").isEqualTo(expectedKeys);
        merged.forEach((key, value) -> {
            if (!key.equals("id")) {
                assertThat(involvement.get(key)).as(key).isEqualTo(value);
            }
        });
        assertThat(involvement).containsEntry("handling", "C").containsEntry("agencies", List.of("BLACKPOOL_CSC"))
                .containsEntry("sources", List.of(sent.body().get("submissionId").asText()));
        assertThat((List<?>) involvement.get("conditions")).singleElement().asString().startsWith("BLACKPOOL_CSC: ");
        assertThat(involvement.get("id")).isNotEqualTo(involvements.get(child).get("id")).isNotEqualTo(merged.get("id"));

        Map<String, Object> occurred = rows("MATCH (:Incident)-[r:OCCURRED_AT]->(:Location) RETURN properties(r) AS link")
                .get(0).get("link").asMap();
        assertThat(occurred.keySet()).as("where it happened carries what a merged link carries").isEqualTo(merged.keySet());
        assertThat(occurred.get("conditions")).isEqualTo(merged.get("conditions"));
    }

    private List<Record> rows(String cypher) {
        return rows(cypher, Map.of());
    }

    private List<Record> rows(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).list();
        }
    }
}
