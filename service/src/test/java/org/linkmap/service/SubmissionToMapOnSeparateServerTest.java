package org.linkmap.service;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.linkmap.service.support.ForkedJvm;
import org.linkmap.service.support.SeparateNeo4jServer;
import org.linkmap.service.support.TestFolders;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The thin path against a Neo4j DBMS in another process, reached over {@code bolt://} with a user name and
 * password, as a deployment on a Neo4j server is: the non-embedded configuration ({@code
 * linkmap.neo4j.embedded.enabled=false} and Spring Boot's {@code spring.neo4j.*}) exercised on every build,
 * Docker or not.
 */
@ExtendWith(SubmissionToMapOnSeparateServerTest.ServerStopsLast.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "linkmap.neo4j.embedded.enabled=false",
        "spring.neo4j.authentication.username=neo4j",
        "linkmap.security.users[0].username=analyst",
        "linkmap.security.users[0].password-hash={noop}analyst-pass",
        "linkmap.security.users[0].role=ANALYST"})
@DirtiesContext
class SubmissionToMapOnSeparateServerTest extends SubmissionToMapScenario {

    private static final String PASSWORD = UUID.randomUUID().toString();
    private static ForkedJvm server;
    private static String boltUri;

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) throws Exception {
        if (server == null) {
            server = ForkedJvm.start(SeparateNeo4jServer.class.getName(), "384m",
                    TestFolders.fresh("linkmap-neo4j-server").toString(), PASSWORD);
            boltUri = server.await("Neo4j accepts Bolt at (bolt://\\S+)", 240).group(1);
        }
        Path data = TestFolders.fresh("linkmap-separate-server-service");
        registry.add("linkmap.data-dir", data::toString);
        registry.add("spring.neo4j.uri", () -> boltUri);
        registry.add("spring.neo4j.authentication.password", () -> PASSWORD);
    }

    /**
     * Stops the server after Spring has closed the service ({@code @DirtiesContext}), so the service's last audit
     * checkpoint finds its database; declared before {@code @SpringBootTest}, its callback runs after Spring's.
     */
    static final class ServerStopsLast implements AfterAllCallback {
        @Override
        public void afterAll(ExtensionContext context) throws InterruptedException {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }
}
