package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.linkmap.service.LinkmapApplication;
import org.linkmap.service.support.ForkedJvm;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.support.TestFolders;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The service, in a JVM of its own on a data directory of its own, is killed with SIGKILL in the middle of a
 * bulk import and started again on the same directory. The import reads as interrupted, not running; sending
 * the file again stores exactly the submissions that were missing and counts the others as duplicates; the
 * audit chain verifies. Then the store itself is opened and checked: every submission once, every receipt's
 * entities and incidents there, no person twice for one identifier, and every copy of the same submission
 * with the same number of links asserted and nodes mentioned. A second import leaves stored submissions as
 * they were (a duplicate writes nothing), so a submission cut in half by the kill would still be half there
 * and differ from its copies: equal copies mean each was written wholly or not at all.
 */
class CrashDuringImportTest {

    private static final int COPIES = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldLoseNothingAndDuplicateNothingWhenKilledMidImport() throws Exception {
        Path data = TestFolders.fresh("linkmap-crash");
        byte[] file = copies(COPIES);
        int lines = 150 * COPIES;

        String importId;
        try (ForkedJvm service = start(data)) {
            LinkmapClient client = client(service);
            importId = client.post("/api/submissions/bulk?wait=0", "analyst", "application/x-ndjson", file).body().get("importId").asText();
            JsonNode midway = awaitProcessed(client, importId, 100);
            assertThat(midway.get("state").asText()).as("killed while running").isEqualTo("RUNNING");
            assertThat(midway.get("processed").asInt()).isLessThan(lines);
            service.kill();
        }

        long stored;
        try (ForkedJvm service = start(data)) {
            LinkmapClient client = client(service);
            JsonNode interrupted = client.get("/api/imports/" + importId, "analyst").body();
            assertThat(interrupted.get("state").asText()).isEqualTo("FAILED");
            assertThat(interrupted.get("message").asText()).containsIgnoringCase("interrupted");
            stored = interrupted.get("accepted").asLong();
            assertThat(stored).isPositive().isEqualTo(interrupted.get("processed").asLong());

            String again = client.post("/api/submissions/bulk?wait=0", "analyst", "application/x-ndjson", file).body().get("importId").asText();
            JsonNode done = awaitFinished(client, again);
            assertThat(done.get("state").asText()).isEqualTo("DONE");
            assertThat(done.get("duplicates").asLong()).as("the submissions stored before the kill").isEqualTo(stored);
            assertThat(done.get("accepted").asLong()).isEqualTo(lines - stored);
            assertThat(done.get("rejected").asLong()).isZero();

            JsonNode audit = client.get("/api/audit/verify", "admin").body();
            assertThat(audit.get("valid").asBoolean()).isTrue();
        }

        checkStore(data, lines);
    }

    private static void checkStore(Path data, int lines) throws IOException {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(data.resolve("neo4j").toAbsolutePath())
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false).build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            Map<String, String> receipts = new HashMap<>();
            db.executeTransactionally("MATCH (s:Submission) RETURN s.id AS id, s.submissionRef AS ref, s.receipt AS receipt", Map.of(),
                    r -> {
                        r.forEachRemaining(row -> receipts.put((String) row.get("id"), row.get("ref") + "\t" + row.get("receipt")));
                        return null;
                    });
            assertThat(receipts).hasSize(lines);
            Set<String> named = new HashSet<>();
            for (String refAndReceipt : receipts.values()) {
                JsonNode receipt = JSON.readTree(refAndReceipt.split("\t", 2)[1]);
                receipt.get("entities").forEach(id -> named.add(id.asText()));
                receipt.get("incidents").forEach(id -> named.add(id.asText()));
            }
            long found = db.executeTransactionally("MATCH (n:Entity) WHERE n.id IN $ids RETURN count(n) AS n",
                    Map.of("ids", List.copyOf(named)), r -> (Long) r.next().get("n"));
            assertThat(found).as("every entity and incident a receipt names").isEqualTo(named.size());
            long shared = db.executeTransactionally(
                    "MATCH (i:Identifier)<-[:HAS_IDENTIFIER]-(p:Person) WITH i, count(p) AS people WHERE people > 1 RETURN count(i) AS n",
                    Map.of(), r -> (Long) r.next().get("n"));
            assertThat(shared).as("identifiers held by more than one person").isZero();
            assertCopiesAlike(db, receipts);
        } finally {
            dbms.shutdown();
        }
    }

    /** Every copy of a template submission asserts as many links and mentions as many nodes as the others. */
    private static void assertCopiesAlike(GraphDatabaseService db, Map<String, String> receipts) {
        Map<String, Long> links = counts(db, "MATCH ()-[r]->() WHERE r.sources IS NOT NULL UNWIND r.sources AS id RETURN id, count(*) AS n");
        Map<String, Long> mentions = counts(db, "MATCH (s:Submission)-[m:MENTIONS]->() RETURN s.id AS id, count(m) AS n");
        Map<String, Set<List<Long>>> shapes = new HashMap<>();
        receipts.forEach((id, refAndReceipt) -> {
            String template = refAndReceipt.split("\t", 2)[0].replaceFirst("-COPY\\d+$", "");
            shapes.computeIfAbsent(template, t -> new HashSet<>()).add(List.of(links.getOrDefault(id, 0L), mentions.getOrDefault(id, 0L)));
        });
        assertThat(shapes).hasSize(150);
        shapes.forEach((template, seen) -> assertThat(seen).as(template + ": links and mentions of each copy").hasSize(1));
        assertThat(shapes.values().stream().flatMap(Set::stream).allMatch(s -> s.get(0) > 0 && s.get(1) > 0)).isTrue();
    }

    private static Map<String, Long> counts(GraphDatabaseService db, String query) {
        Map<String, Long> counts = new HashMap<>();
        db.executeTransactionally(query, Map.of(), r -> {
            r.forEachRemaining(row -> counts.put((String) row.get("id"), (Long) row.get("n")));
            return null;
        });
        return counts;
    }

    private static ForkedJvm start(Path data) {
        ForkedJvm service = ForkedJvm.start(LinkmapApplication.class.getName(), "512m",
                "--server.port=0", "--linkmap.neo4j.embedded.bolt-port=0", "--linkmap.data-dir=" + data,
                "--linkmap.import.batch-size=50",
                "--linkmap.security.users[0].username=analyst", "--linkmap.security.users[0].password-hash={noop}analyst-pass",
                "--linkmap.security.users[0].role=ANALYST",
                "--linkmap.security.users[1].username=admin", "--linkmap.security.users[1].password-hash={noop}admin-pass",
                "--linkmap.security.users[1].role=ADMIN");
        service.await("Started LinkmapApplication", 240);
        return service;
    }

    private static LinkmapClient client(ForkedJvm service) {
        int port = Integer.parseInt(service.await("Tomcat started on port (\\d+)", 5).group(1));
        return new LinkmapClient(port, null);
    }

    /** The template file eight times over, each copy under its own references: 1,200 submissions, much corroboration. */
    private static byte[] copies(int copies) throws IOException {
        List<String> templates;
        try (var in = CrashDuringImportTest.class.getResourceAsStream("/bulk/generated-150.ndjson")) {
            templates = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        List<String> out = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            for (String line : templates) {
                out.add(line.replaceFirst("\"submissionRef\":\"([^\"]+)\"", "\"submissionRef\":\"$1-COPY" + c + "\""));
            }
        }
        return String.join("\n", out).getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode awaitProcessed(LinkmapClient client, String importId, int atLeast) {
        return poll(client, importId, report -> report.get("processed").asInt() >= atLeast || !"RUNNING".equals(report.get("state").asText()));
    }

    private static JsonNode awaitFinished(LinkmapClient client, String importId) {
        return poll(client, importId, report -> !"RUNNING".equals(report.get("state").asText()));
    }

    /** Asks for the import's report every 50 ms until it satisfies {@code done} (at most five minutes). */
    private static JsonNode poll(LinkmapClient client, String importId, java.util.function.Predicate<JsonNode> done) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            JsonNode report = client.get("/api/imports/" + importId, "analyst").body();
            if (done.test(report)) {
                return report;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        throw new IllegalStateException("import " + importId + " did not get there in five minutes");
    }
}
