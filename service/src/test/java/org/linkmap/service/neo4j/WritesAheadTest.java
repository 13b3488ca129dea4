package org.linkmap.service.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.springframework.context.annotation.Import;

/**
 * Write-only statements sent ahead of the next one ({@link Composition}): the database runs them in order, each
 * seeing what the ones before it wrote, and a submission's write goes in a handful of statements, not a dozen.
 */
@HarnessTest
@Import(RecordingDriver.class)
class WritesAheadTest extends ApiTestSupport {

    @Test
    void shouldRunTheWritesInOrderBeforeTheLastStatementSeesThem() {
        String text = Composition.text(List.of(
                        "// a comment line\nCYPHER replan=skip\nUNWIND $values AS v CREATE (:Probe {v: v})",
                        "MATCH (p:Probe) WHERE p.v = $doubled SET p.v = p.v * 2"),
                "CYPHER replan=skip\nMATCH (p:Probe) RETURN p.v AS v ORDER BY v");
        Map<String, Object> parameters = Composition.parameters(
                List.of(Map.of("values", List.of(1, 2, 3)), Map.of("doubled", 3)), Map.of());

        try (var session = driver.session(); var tx = session.beginTransaction()) {
            List<Long> values = tx.run(text, parameters).list(r -> r.get("v").asLong());
            tx.rollback();

            assertThat(values).containsExactly(1L, 2L, 6L);
        }
        assertThat(text).startsWith("CYPHER replan=skip\n").contains("$w0_values", "$w1_doubled").doesNotContain("comment");
    }

    @Test
    void shouldRefuseToSendAheadAStatementThatReturnsRows() {
        assertThatThrownBy(() -> Composition.text(List.of("MATCH (p:Probe) RETURN p"), "RETURN 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must only write");
        assertThatThrownBy(() -> Composition.text(List.of("CYPHER replan=skip\nCREATE (:Probe)"), "CYPHER runtime=slotted\nRETURN 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("different Cypher options");
        assertThatThrownBy(() -> Composition.parameters(List.of(Map.of("a", 1)), Map.of("w0_a", 2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("w0_a");
    }

    @Test
    void shouldSendASubmissionsWriteInAtMostSixStatements() {
        // The first append of a service whose trail another instance wrote finds the head moved: one more statement.
        assertThat(client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json")).status()).isEqualTo(201);
        RecordingDriver.STATEMENTS.clear();

        var reply = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json"));

        assertThat(reply.status()).isEqualTo(201);
        List<String> writes = RecordingDriver.STATEMENTS.stream().filter(s -> s.mode() == RecordingDriver.Mode.WRITE)
                .map(RecordingDriver.Statement::text).toList();
        String all = String.join("\n", writes);
        assertThat(all).as("every part of the write was sent").contains("MERGE (a:Agency", "CREATE (p:Entity:Person", "MERGE (n:Phone",
                "CREATE (s)-[:MENTIONS]->(n)", "SET s.receipt = row.receipt");
        assertThat(writes).as("statements in the submission's write transaction").hasSizeLessThanOrEqualTo(6);
        assertThat(client.get("/api/search?q=Marek", "analyst").raw()).contains("Marek Fictional");
    }
}
