package org.linkmap.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads are recorded before they are answered, and any edit or deletion of the trail is detected. */
@HarnessTest
class AuditTrailTest extends ApiTestSupport {

    String childId;

    @BeforeEach
    void setUp() {
        childId = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).body()
                .get("entities").get("c1").asText();
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
}
