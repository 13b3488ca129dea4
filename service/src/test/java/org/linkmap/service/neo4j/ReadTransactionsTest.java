package org.linkmap.service.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.support.MeetingSamples;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Every GET endpoint of the role matrix reads its data in read transactions, which is what lets a Neo4j
 * cluster send it to a secondary. The only statements a GET runs in a write transaction are the audit trail's
 * append (a read is recorded before its data leaves), and none runs outside a managed transaction. The server
 * itself refuses a write inside a read transaction, so a GET that succeeds did not try one.
 */
@HarnessTest
@Import(RecordingDriver.class)
class ReadTransactionsTest extends ApiTestSupport {

    private static final Set<String> AUDIT_WRITES = Set.of("audit/append-after", "audit/lock-head");

    @Autowired
    CypherStatements statements;

    @Test
    void theServerRefusesAWriteInsideAReadTransaction() {
        try (var session = driver.session()) {
            assertThatThrownBy(() -> session.executeRead(tx -> tx.run("CREATE (:Probe)").consume()))
                    .isInstanceOf(ClientException.class).hasMessageContaining("read access mode");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyGetReadsInReadTransactions() {
        var police = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).body();
        var csc = client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json")).body();
        String child = police.get("entities").get("c1").asText();
        String hotspot = client.get("/api/hotspots?minPoints=1", "analyst").body().get("features").get(0).get("id").asText();
        String ndjson = LinkmapClient.json(LinkmapClient.resource("examples/submission-csc-corroboration.json")) + "\n";
        String imported = client.post("/api/submissions/bulk", "analyst", "application/x-ndjson",
                ndjson.getBytes(StandardCharsets.UTF_8)).body().get("importId").asText();
        Map<String, String> samples = MeetingSamples.create(client, child);
        Set<String> allowed = Set.of(statements.get("audit/append-after"), statements.get("audit/lock-head"));

        List<DynamicTest> tests = new ArrayList<>();
        for (String line : LinkmapClient.resource("security/role-matrix.csv").split("\n")) {
            String[] f = line.strip().split(",");
            if (!line.startsWith("GET,")) {
                continue;
            }
            String sample = f[2].replace("{child}", child).replace("{police}", police.get("submissionId").asText())
                    .replace("{hotspot}", hotspot).replace("{import}", imported)
                    .replace("{place}", police.get("entities").get("l1").asText())
                    .replace("{incident}", police.get("incidents").get("i1").asText())
                    .replace("{police-person}", police.get("entities").get("p1").asText())
                    .replace("{csc-child}", csc.get("entities").get("c2").asText());
            String path = MeetingSamples.fill(sample, samples);
            String user = f[4].startsWith("2") ? "analyst" : "admin";
            boolean readsGraph = f[1].matches("/api/(entities|network|search|hotspots|incidents|submissions|audit|imports|locations|reports).*");
            tests.add(DynamicTest.dynamicTest("GET " + f[1], () -> {
                RecordingDriver.STATEMENTS.clear();
                var reply = client.get(path, user);

                assertThat(reply.status()).as(reply.raw()).isBetween(200, 299);
                List<String> notRead = RecordingDriver.STATEMENTS.stream()
                        .filter(s -> s.mode() != RecordingDriver.Mode.READ && !allowed.contains(s.text()))
                        .map(s -> s.mode() + ": " + s.text()).toList();
                assertThat(notRead).as("statements outside read transactions").isEmpty();
                if (readsGraph) {
                    assertThat(RecordingDriver.STATEMENTS).as("it read the graph").anyMatch(s -> s.mode() == RecordingDriver.Mode.READ);
                }
            }));
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(17);
        assertThat(AUDIT_WRITES).allMatch(name -> allowed.contains(statements.get(name)));
        return tests.stream();
    }
}
