package org.linkmap.service.neo4j;

import java.time.Duration;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j Community inside this JVM and connects the driver to it over Bolt on 127.0.0.1, exactly as
 * it would connect to a server: the rest of the service cannot tell the difference. Bolt listens on the
 * loopback interface only, and with Neo4j's native authentication on: the {@code neo4j} user's password is
 * generated into an owner-only file ({@link EmbeddedPassword}), so other accounts on the machine cannot reach
 * the data or rewrite the audit trail, while local tools can be given the file. With
 * {@code linkmap.neo4j.embedded.enabled=false} none of this exists and Spring Boot's own Neo4j
 * configuration builds the driver from {@code spring.neo4j.*}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "linkmap.neo4j.embedded.enabled", havingValue = "true", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);
    /** Bolt's own shutdown waits default to seconds each; nothing of ours needs them. */
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(100);

    @Bean(destroyMethod = "shutdown")
    static DatabaseManagementService embeddedDatabase(EmbeddedNeo4jProperties properties) {
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(properties.dataDir().toAbsolutePath())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                .build();
        EmbeddedPassword.apply(service, EmbeddedPassword.readOrGenerate(properties.passwordFileOrDefault()));
        log.info("Embedded Neo4j started in {} ms with data in {}", (System.nanoTime() - started) / 1_000_000,
                properties.dataDir().toAbsolutePath());
        return service;
    }

    @Bean(destroyMethod = "close")
    static Driver embeddedDriver(DatabaseManagementService database, EmbeddedNeo4jProperties properties) {
        var api = (GraphDatabaseAPI) database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var address = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        String uri = "bolt://127.0.0.1:" + address.getPort();
        log.info("Embedded Neo4j accepts Bolt at {} (loopback only)", uri);
        String password = EmbeddedPassword.readOrGenerate(properties.passwordFileOrDefault());
        return GraphDatabase.driver(uri, AuthTokens.basic(EmbeddedPassword.USER, password), Config.builder().withLogging(org.neo4j.driver.Logging.slf4j()).build());
    }
}
