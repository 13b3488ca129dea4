package org.linkmap.service.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.LinkmapApplication;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.support.TestFolders;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.SecurityException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Someone with local access rewrites the audit store directly, as the issue found possible: with the embedded
 * database's password (a database administrator, a stolen backup) they can edit it, but without the audit key
 * they cannot re-chain it, and the signed checkpoint outside the database shows a tail cut off. Without the
 * password, Bolt does not let them in at all.
 */
class AuditTamperTest {

    private static Path home;
    private static ConfigurableApplicationContext service;
    private static LinkmapClient client;
    private static Driver attacker;
    private List<Map<String, Object>> original;

    @BeforeAll
    static void startTheServiceAsTheReadmeRunsIt() throws IOException {
        home = TestFolders.fresh("linkmap-audit-tamper");
        service = new SpringApplicationBuilder(LinkmapApplication.class).run(
                "--server.port=0", "--linkmap.neo4j.embedded.bolt-port=0",
                "--linkmap.neo4j.embedded.data-dir=" + home.resolve("neo4j"), "--linkmap.audit.dir=" + home.resolve("audit"),
                "--linkmap.security.users[0].username=analyst", "--linkmap.security.users[0].password-hash={noop}analyst-pass",
                "--linkmap.security.users[0].role=ANALYST",
                "--linkmap.security.users[1].username=admin", "--linkmap.security.users[1].password-hash={noop}admin-pass",
                "--linkmap.security.users[1].role=ADMIN");
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        client = new LinkmapClient(port, service.getBean(Driver.class));
        attacker = GraphDatabase.driver(boltUri(), AuthTokens.basic("neo4j", Files.readString(home.resolve("neo4j-password")).strip()));
    }

    @AfterAll
    static void stop() {
        attacker.close();
        service.close();
    }

    @BeforeEach
    void fiveEntriesAndACheckpoint() {
        while (client.get("/api/audit/verify", "admin").body().get("entries").asLong() < 5) {
            assertThat(client.get("/api/incidents", "analyst").status()).isEqualTo(200);
        }
        service.getBean(AuditCheckpoints.class).write();
        assertThat(verify().get("valid").asBoolean()).isTrue();
        original = entries();
    }

    @AfterEach
    void putTheStoreBack() {
        try (Session session = attacker.session()) {
            session.run("MATCH (e:AuditEntry) DETACH DELETE e").consume();
            session.run("UNWIND $entries AS entry CREATE (e:AuditEntry) SET e = entry", Map.of("entries", original)).consume();
            Map<String, Object> last = original.get(original.size() - 1);
            session.run("MATCH (h:AuditHead) SET h.sequence = $sequence, h.lastHash = $hash",
                    Map.of("sequence", last.get("sequence"), "hash", last.get("hash"))).consume();
        }
        assertThat(verify().get("valid").asBoolean()).as("the store put back as it was verifies again").isTrue();
    }

    @Test
    void shouldKeepBoltShutToAnyoneWithoutThePassword() throws IOException {
        try (Driver anonymous = GraphDatabase.driver(boltUri(), AuthTokens.none())) {
            assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(SecurityException.class);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("neo4j-password")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("audit/audit.key")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("audit")))).isEqualTo("rwx------");
    }

    @Test
    void shouldDetectAnEntryEditedAndTheWholeChainReHashedWithPlainSha256() {
        List<Map<String, Object>> forged = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        for (Map<String, Object> stored : original) {
            AuditEntry entry = entry(stored, previous);
            if (entry.sequence() == 2) {
                entry = new AuditEntry(2, null, entry.at(), "someone-else", entry.action(), entry.entityId(), entry.query(),
                        entry.remoteAddress(), entry.purpose(), null, previous);
            }
            AuditEntry legacy = entry.withHash(null);
            Map<String, Object> row = new java.util.HashMap<>(stored);
            row.remove("version");
            row.put("user", legacy.user());
            row.put("previousHash", previous);
            row.put("hash", legacy.hash());
            forged.add(row);
            previous = legacy.hash();
        }
        replaceChain(forged);

        JsonNode verification = verify();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(1);
        assertThat(verification.get("problem").asText()).isEqualTo("entry 1 is not keyed, but the checkpoint says the chain is keyed from entry 1");
    }

    @Test
    void shouldDetectAnEntryEditedAndReHashedWithItsVersionKept() {
        List<Map<String, Object>> forged = new ArrayList<>(original);
        Map<String, Object> third = new java.util.HashMap<>(forged.get(2));
        AuditEntry edited = entry(third, (String) third.get("previousHash"));
        third.put("user", "someone-else");
        third.put("hash", sha256(new AuditEntry(3, 2, edited.at(), "someone-else", edited.action(), edited.entityId(),
                edited.query(), edited.remoteAddress(), edited.purpose(), null, edited.previousHash()).canonical()));
        forged.set(2, third);
        replaceChain(forged);

        JsonNode verification = verify();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(3);
    }

    @Test
    void shouldDetectATailCutOffWithTheHeadMovedBack() {
        List<Map<String, Object>> cut = original.subList(0, original.size() - 2);
        replaceChain(cut);

        JsonNode verification = verify();

        assertThat(verification.get("valid").asBoolean()).isFalse();
        assertThat(verification.get("entries").asLong()).isEqualTo(original.size() - 2);
        assertThat(verification.get("firstBrokenAt").asLong()).isEqualTo(original.size() - 1);
        assertThat(verification.get("problem").asText()).contains("the checkpoint of").contains("counted " + original.size());
        assertThat(service.getBean(AuditCheckpoints.class).write()).as("the evidence is not overwritten").isFalse();
    }

    private static JsonNode verify() {
        return client.get("/api/audit/verify", "admin").body();
    }

    private List<Map<String, Object>> entries() {
        try (Session session = attacker.session()) {
            return session.run("MATCH (e:AuditEntry) RETURN properties(e) AS e ORDER BY e.sequence").list(r -> r.get("e").asMap());
        }
    }

    private void replaceChain(List<Map<String, Object>> entries) {
        try (Session session = attacker.session()) {
            session.run("MATCH (e:AuditEntry) DETACH DELETE e").consume();
            session.run("UNWIND $entries AS entry CREATE (e:AuditEntry) SET e = entry", Map.of("entries", entries)).consume();
            Map<String, Object> last = entries.get(entries.size() - 1);
            session.run("MATCH (h:AuditHead) SET h.sequence = $sequence, h.lastHash = $hash",
                    Map.of("sequence", last.get("sequence"), "hash", last.get("hash"))).consume();
        }
    }

    private static AuditEntry entry(Map<String, Object> row, String previousHash) {
        return new AuditEntry(((Number) row.get("sequence")).longValue(), null,
                ((java.time.ZonedDateTime) row.get("at")).toOffsetDateTime(), (String) row.get("user"), (String) row.get("action"),
                (String) row.get("entityId"), (String) row.get("query"), (String) row.get("remoteAddress"),
                (String) row.get("purpose"), null, previousHash);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String boltUri() {
        var database = service.getBean(org.neo4j.dbms.api.DatabaseManagementService.class);
        var api = (org.neo4j.kernel.internal.GraphDatabaseAPI) database.database("neo4j");
        int port = api.getDependencyResolver().resolveDependency(org.neo4j.configuration.connectors.ConnectorPortRegister.class)
                .getLocalAddress(org.neo4j.configuration.connectors.ConnectorType.BOLT).getPort();
        return "bolt://127.0.0.1:" + port;
    }
}
