package org.linkmap.service.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.util.unit.DataSize;

/** The embedded database's start on its own thread, and the password it is given on a first start and after. */
class EmbeddedDatabaseStartTest {

    @TempDir
    Path dir;

    private EmbeddedNeo4jProperties properties() {
        return new EmbeddedNeo4jProperties(true, dir.resolve("neo4j"), 0, DataSize.ofMegabytes(16), null);
    }

    @Test
    void shouldStartWithThePasswordInItsFileLeaveNoOtherCopyOfItAndSendNoUsageReports() throws Exception {
        EmbeddedDatabaseStart start = EmbeddedDatabaseStart.begin(properties());
        try {
            EmbeddedDatabaseStart.Started started = start.await();
            assertThat(started.driver().executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt()).isEqualTo(1);

            Path passwordFile = properties().passwordFileOrDefault();
            String password = Files.readString(passwordFile).strip();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(signsIn(uri(started), password)).as("the password in the file").isTrue();
            assertThat(signsIn(uri(started), "neo4j")).as("Neo4j's default password").isFalse();
            Config config = ((GraphDatabaseAPI) started.database().database("neo4j")).getDependencyResolver().resolveDependency(Config.class);
            assertThat(config.get(GraphDatabaseSettings.udc_enabled)).as("usage reports to Neo4j").isFalse();
            try (var files = Files.walk(dir.resolve("neo4j"))) {
                assertThat(files.map(Path::getFileName).map(Path::toString)).as("the initial password's file is gone")
                        .doesNotContain("auth.ini");
            }
        } finally {
            start.destroy();
        }
    }

    @Test
    void shouldTakeAReplacedPasswordFileAsTheNewPasswordOnTheNextStart() throws Exception {
        EmbeddedDatabaseStart first = EmbeddedDatabaseStart.begin(properties());
        first.await();
        String old = Files.readString(properties().passwordFileOrDefault()).strip();
        first.destroy();

        Files.writeString(properties().passwordFileOrDefault(), "a-replaced-password-of-some-length\n");
        EmbeddedDatabaseStart second = EmbeddedDatabaseStart.begin(properties());
        try {
            EmbeddedDatabaseStart.Started started = second.await();
            assertThat(started.driver().executableQuery("RETURN 1 AS one").execute().records()).hasSize(1);
            assertThat(signsIn(uri(started), "a-replaced-password-of-some-length")).isTrue();
            assertThat(signsIn(uri(started), old)).as("the password before").isFalse();
        } finally {
            second.destroy();
        }
    }

    @Test
    void shouldReportAFailedStartWhenTheDatabaseIsAwaited() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("neo4j"), "a file where the data directory should be");
        EmbeddedDatabaseStart start = EmbeddedDatabaseStart.begin(properties());
        assertThatThrownBy(start::await).isInstanceOf(RuntimeException.class);
        start.destroy();
    }

    private static String uri(EmbeddedDatabaseStart.Started started) {
        return EmbeddedDatabaseStart.boltUri(started.database());
    }

    private static boolean signsIn(String uri, String password) {
        try (Driver driver = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", password))) {
            driver.verifyConnectivity();
            return true;
        } catch (AuthenticationException refused) {
            return false;
        }
    }
}
