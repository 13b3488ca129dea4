package org.linkmap.service;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.Neo4jContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The same thin path against the official Neo4j 5 Community image, where a Docker engine exists. Without
 * Docker, JUnit reports this class as skipped with "disabledWithoutDocker is true and Docker is not
 * available"; the harness test covers the same behaviour everywhere.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "linkmap.neo4j.embedded.enabled=false",
        "linkmap.security.users[0].username=analyst",
        "linkmap.security.users[0].password-hash={noop}analyst-pass",
        "linkmap.security.users[0].role=ANALYST"})
class SubmissionToMapOnContainerTest extends SubmissionToMapScenario {

    @Container
    static final Neo4jContainer<?> NEO4J = new Neo4jContainer<>("neo4j:5.26-community").withoutAuthentication();

    @DynamicPropertySource
    static void neo4j(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", NEO4J::getBoltUrl);
    }
}
