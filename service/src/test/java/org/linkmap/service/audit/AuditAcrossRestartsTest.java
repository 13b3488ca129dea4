package org.linkmap.service.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.linkmap.service.LinkmapApplication;
import org.linkmap.service.support.LinkmapClient;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The audit trail lives with the data: after the service and its embedded database restart, the chain continues;
 * a first start does not call its own entries a removed checkpoint, and a start that finds entries but no
 * checkpoint says so.
 */
@ExtendWith(OutputCaptureExtension.class)
class AuditAcrossRestartsTest {

    private static final String MISSING = "The audit trail has entries but no checkpoint";

    @Test
    void shouldKeepAndExtendTheChainAcrossARestart(CapturedOutput output, @TempDir Path folder) throws IOException {
        Path data = folder.resolve("neo4j");

        long before;
        try (ConfigurableApplicationContext first = start(data)) {
            LinkmapClient client = client(first);
            client.get("/api/incidents", "analyst");
            client.get("/api/incidents", "analyst");
            before = client.get("/api/audit/verify", "admin").body().get("entries").asLong();
        }
        try (ConfigurableApplicationContext second = start(data)) {
            LinkmapClient client = client(second);
            client.get("/api/incidents", "analyst");
            JsonNode verification = client.get("/api/audit/verify", "admin").body();

            assertThat(before).isEqualTo(2);
            assertThat(verification.get("valid").asBoolean()).isTrue();
            assertThat(verification.get("entries").asLong()).isEqualTo(before + 1);
            assertThat(verification.get("checkpoint").get("entries").asLong()).as("the checkpoint taken at shutdown").isEqualTo(before);
        }
        assertThat(output.getOut()).doesNotContain(MISSING);

        Files.delete(data.resolveSibling("audit").resolve("checkpoint.json"));
        try (ConfigurableApplicationContext third = start(data)) {
            assertThat(output.getOut()).contains(MISSING);
        }
    }

    @Test
    void shouldStopAtOnceWhenItsDatabaseHasAlreadyGone(CapturedOutput output, @TempDir Path audit) {
        Neo4j server = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
        ConfigurableApplicationContext service = new SpringApplicationBuilder(LinkmapApplication.class).run(
                "--server.port=0", "--linkmap.neo4j.embedded.enabled=false", "--spring.neo4j.uri=" + server.boltURI(),
                "--linkmap.data-dir=" + audit.resolve("data"), "--linkmap.audit.dir=" + audit);
        int outputBefore = output.getOut().length();
        server.close();

        service.close();

        // Work running in the background when the database went (the map's index loading) may retry; the stop may not.
        List<String> stopping = output.getOut().substring(outputBefore).lines().filter(line -> line.contains("[           main]")).toList();
        assertThat(stopping).as("the final checkpoint is tried once and reported")
                .anyMatch(line -> line.contains("Could not checkpoint the audit trail"))
                .noneMatch(line -> line.contains("will be retried"));
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(LinkmapApplication.class).run(
                "--server.port=0", "--linkmap.neo4j.embedded.bolt-port=0", "--linkmap.neo4j.embedded.data-dir=" + data,
                "--linkmap.audit.dir=" + data.resolveSibling("audit"),
                "--linkmap.security.users[0].username=analyst", "--linkmap.security.users[0].password-hash={noop}analyst-pass",
                "--linkmap.security.users[0].role=ANALYST",
                "--linkmap.security.users[1].username=admin", "--linkmap.security.users[1].password-hash={noop}admin-pass",
                "--linkmap.security.users[1].role=ADMIN");
    }

    private static LinkmapClient client(ConfigurableApplicationContext context) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new LinkmapClient(port, context.getBean(org.neo4j.driver.Driver.class));
    }
}
