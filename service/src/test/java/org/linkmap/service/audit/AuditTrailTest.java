package org.linkmap.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads are recorded before they are answered, and any edit or deletion of the trail is detected. */
@HarnessTest
class AuditTrailTest extends ApiTestSupport {

    @Autowired
    AuditTrail audit;

    @Autowired
    Graph graph;

    String childId;
    String submissionId;

    @BeforeEach
    void setUp() {
        JsonNode receipt = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).body();
        childId = receipt.get("entities").get("c1").asText();
        submissionId = receipt.get("submissionId").asText();
    }

    @Test
    void shouldRecordASubmissionAndItsRepeat() {
        assertThat(client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).status()).isEqualTo(200);

        JsonNode entries = client.get("/api/audit?entityId=" + submissionId, "admin").body().get("items");
        assertThat(entries.findValuesAsText("action")).containsExactlyInAnyOrder("SUBMIT", "SUBMIT_REPEATED");
    }

    @Test
    void shouldNotStoreASubmissionWhoseEntryCannotBeAppended() {
        // An entry already holds the next sequence number, so the submission's own entry cannot be appended.
        client.count("MATCH (h:AuditHead {name: 'audit'}) CREATE (e:AuditEntry {id: 'planted', sequence: h.sequence + 1}) RETURN count(e)",
                Map.of());
        long[] before = client.graphSize();

        var reply = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")
                .replace("LANCS-POL-2026-00417", "LANCS-POL-2026-00418"));

        assertThat(reply.status()).isNotIn(200, 201);
        assertThat(client.graphSize()).isEqualTo(before);
    }

    @Test
    void shouldRecordWhoReadAPersonAndFromWhere() {
        client.get("/api/entities/" + childId, "analyst");

        JsonNode entries = client.get("/api/audit?entityId=" + childId, "admin").body();
        assertThat(entries.get("total").asInt()).isEqualTo(1);
        JsonNode entry = entries.get("items").get(0);
        assertThat(entry.get("user").asText()).isEqualTo("analyst");
        assertThat(entry.get("action").asText()).isEqualTo("READ_ENTITY");
        assertThat(entry.get("remoteAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(entry.get("hash").asText()).hasSize(64).isNotEqualTo(entry.get("previousHash").asText());
    }

    /**
     * Reads from four threads at once, with writes rolled back among them after appending their entry (which leaves
     * the service's note of where it left the head wrong): the chain still verifies, each entry follows the one
     * before, and no sequence number is skipped.
     */
    @Test
    void shouldKeepOneUnbrokenChainWhileManyAppendAtOnce() throws Exception {
        int threads = 4;
        int reads = 15;
        int rolledBack = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            statuses.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < reads; i++) {
                    ok += client.get("/api/entities/" + childId, "analyst").status() == 200 ? 1 : 0;
                }
                return ok;
            }));
        }
        for (int i = 0; i < rolledBack; i++) {
            assertThatThrownBy(() -> graph.write(tx -> {
                audit.recordWithin(tx, "PROBE", childId);
                throw new IllegalStateException("rolled back after its entry");
            })).hasMessageContaining("rolled back");
        }
        for (Future<Integer> status : statuses) {
            assertThat(status.get(120, TimeUnit.SECONDS)).isEqualTo(reads);
        }
        pool.shutdown();
        audit.record("PROBE_AFTER", childId);

        int expected = 1 + threads * reads + 1;
        assertThat(client.count("MATCH (e:AuditEntry) RETURN max(e.sequence)", Map.of())).isEqualTo(expected);
        assertThat(client.count("MATCH (e:AuditEntry {action: 'PROBE'}) RETURN count(e)", Map.of())).isZero();
        JsonNode verification = client.get("/api/audit/verify", "admin").body();
        assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(expected);
    }

    @Test
    void shouldProveAnUntouchedChain() {
        client.get("/api/entities/" + childId, "analyst");
        client.get("/api/network/" + childId, "mace");

        JsonNode verification = client.get("/api/audit/verify", "admin").body();

        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(3);
    }

    @Test
    void shouldDetectAnEditedEntry() {
        client.get("/api/entities/" + childId, "analyst");
        client.get("/api/network/" + childId, "mace");
        client.count("MATCH (e:AuditEntry {sequence: 2}) SET e.user = 'someone-else' RETURN count(e)", Map.of());

        JsonNode verification = client.get("/api/audit/verify", "admin").body();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenAt").asInt()).isEqualTo(2);
    }

    @Test
    void shouldDetectADeletedEntry() {
        client.get("/api/entities/" + childId, "analyst");
        client.get("/api/network/" + childId, "mace");
        client.count("MATCH (e:AuditEntry) WITH max(e.sequence) AS last MATCH (e:AuditEntry {sequence: last}) DETACH DELETE e RETURN 1", Map.of());

        assertThat(client.get("/api/audit/verify", "admin").body().get("valid").asBoolean()).isFalse();
    }

    @Test
    void shouldStillVerifyAChainBegunWithPlainSha256BeforeItWasKeyed() {
        String legacyHead = writeLegacyChain(2);

        client.get("/api/entities/" + childId, "analyst");

        JsonNode verification = client.get("/api/audit/verify", "admin").body();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("entries").asInt()).isEqualTo(3);
        assertThat(client.get("/api/audit?limit=1", "admin").body().get("items").get(0).get("previousHash").asText())
                .as("the keyed chain continues from the legacy one").isEqualTo(legacyHead);
    }

    @Test
    void shouldDetectAnEditedLegacyEntry() {
        writeLegacyChain(2);
        client.get("/api/entities/" + childId, "analyst");
        client.count("MATCH (e:AuditEntry {sequence: 1}) SET e.user = 'someone-else' RETURN count(e)", Map.of());

        JsonNode verification = client.get("/api/audit/verify", "admin").body();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenAt").asInt()).isEqualTo(1);
    }

    /** Replaces the trail with {@code n} entries as the service wrote them before keying: no version, plain SHA-256. */
    private String writeLegacyChain(int n) {
        client.count("MATCH (e) WHERE e:AuditEntry OR e:AuditHead DETACH DELETE e RETURN count(*)", Map.of());
        String previous = AuditEntry.GENESIS;
        for (long sequence = 1; sequence <= n; sequence++) {
            AuditEntry legacy = new AuditEntry(sequence, null, OffsetDateTime.parse("2026-11-0" + sequence + "T10:00:00.120Z"),
                    "analyst", "READ_ENTITY", childId, "/api/entities/" + childId, "127.0.0.1", null, null, previous).withHash(null);
            Map<String, Object> p = new HashMap<>();
            p.put("id", UUID.randomUUID().toString());
            p.put("sequence", sequence);
            p.put("at", legacy.at());
            p.put("user", legacy.user());
            p.put("action", legacy.action());
            p.put("entityId", legacy.entityId());
            p.put("query", legacy.query());
            p.put("remoteAddress", legacy.remoteAddress());
            p.put("previousHash", previous);
            p.put("hash", legacy.hash());
            client.count("CREATE (e:AuditEntry) SET e = $p WITH e MERGE (h:AuditHead {name: 'audit'}) "
                    + "SET h.sequence = $p.sequence, h.lastHash = $p.hash RETURN count(e)", Map.of("p", p));
            previous = legacy.hash();
        }
        return previous;
    }
}
