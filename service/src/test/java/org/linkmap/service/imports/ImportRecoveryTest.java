package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkmap.service.LinkmapApplication;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.support.Neo4jHarness;
import org.linkmap.service.support.TestFolders;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a process killed during an import leaves behind (an import still RUNNING, a spooled file) is cleaned up
 * when the service starts again: the import reads FAILED, interrupted, at once, and the file is gone. Before,
 * the import read RUNNING for ten minutes and the file stayed for good.
 */
class ImportRecoveryTest {

    @Test
    void shouldMarkAnImportLeftRunningAsInterruptedAndRemoveItsSpooledFile() throws IOException {
        Path spool = TestFolders.fresh("linkmap-spool");
        Path leftover = Files.writeString(spool.resolve("import-123.part"), "{\"submissionRef\": \"half a file\"");
        try (Driver driver = GraphDatabase.driver(Neo4jHarness.boltUri(), AuthTokens.none())) {
            LinkmapClient before = new LinkmapClient(0, driver);
            before.clearGraph();
            before.count("""
                    CREATE (i:Import {id: 'killed-import', state: 'RUNNING', format: 'NDJSON', startedBy: 'analyst',
                      instance: $instance, startedAt: datetime() - duration('PT2M'), updatedAt: datetime() - duration('PT1M'),
                      processed: 400, accepted: 400, duplicates: 0, rejected: 0, errorLines: [], errorMessages: [], errorsOmitted: 0})
                    RETURN count(i)""", Map.of("instance", InetAddress.getLocalHost().getHostName()));

            try (ConfigurableApplicationContext service = start(spool)) {
                int port = ((WebServerApplicationContext) service).getWebServer().getPort();
                JsonNode report = new LinkmapClient(port, driver).get("/api/imports/killed-import", "analyst").body();

                assertThat(report.get("state").asText()).isEqualTo("FAILED");
                assertThat(report.get("message").asText()).startsWith("interrupted: the service stopped during the import.")
                        .contains("The first 400 lines were committed");
                assertThat(report.get("finishedAt").isNull()).isFalse();
                assertThat(leftover).doesNotExist();
            }
        }
    }

    private static ConfigurableApplicationContext start(Path spool) {
        return new SpringApplicationBuilder(LinkmapApplication.class).run(
                "--server.port=0", "--linkmap.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + Neo4jHarness.boltUri(),
                "--linkmap.audit.dir=" + spool.resolveSibling(spool.getFileName() + "-audit"), "--linkmap.audit.checkpoints=false",
                "--linkmap.import.spool-dir=" + spool,
                "--linkmap.security.users[0].username=analyst", "--linkmap.security.users[0].password-hash={noop}analyst-pass",
                "--linkmap.security.users[0].role=ANALYST");
    }
}
