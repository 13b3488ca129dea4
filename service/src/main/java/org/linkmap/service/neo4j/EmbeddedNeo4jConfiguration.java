package org.linkmap.service.neo4j;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Neo4j and its driver as beans, once {@link EmbeddedDatabaseStart} (begun by
 * {@link EmbeddedDatabaseLauncher}) has them: the rest of the service cannot tell them from a server's. With
 * {@code linkmap.neo4j.embedded.enabled=false} none of this exists and Spring Boot's own Neo4j configuration
 * builds the driver from {@code spring.neo4j.*}. The start closes both when the context closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "linkmap.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "")
    static DatabaseManagementService embeddedDatabase(EmbeddedDatabaseStart embeddedDatabaseStart) {
        return embeddedDatabaseStart.await().database();
    }

    @Bean(destroyMethod = "")
    static Driver embeddedDriver(EmbeddedDatabaseStart embeddedDatabaseStart) {
        return embeddedDatabaseStart.await().driver();
    }
}
