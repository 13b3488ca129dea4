package org.linkmap.service.support;

import java.net.URI;

import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * One in-process Neo4j per test JVM, reached over Bolt like any server. Its HTTP server stays off: it
 * clashes with Spring Boot's web stack, and nothing here needs it.
 */
public final class Neo4jHarness {

    private static Neo4j instance;

    private Neo4jHarness() {
    }

    public static synchronized URI boltUri() {
        if (instance == null) {
            instance = Neo4jBuilders.newInProcessBuilder().withDisabledServer().build();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance.boltURI();
    }
}
