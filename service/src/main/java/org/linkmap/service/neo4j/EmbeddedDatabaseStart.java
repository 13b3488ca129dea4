package org.linkmap.service.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
import org.neo4j.driver.Logging;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Neo4j Community starting inside this JVM on a thread of its own, with the driver connected to it over Bolt on
 * 127.0.0.1, exactly as it would connect to a server. {@link EmbeddedDatabaseLauncher} begins it while Spring is
 * still building the rest of the context, which then waits for it only where a bean needs the database.
 *
 * <p>Bolt listens on the loopback interface only, with Neo4j's native authentication on. The {@code neo4j} user's
 * password is the one in its owner-only file ({@link EmbeddedPassword}). On a first start it is given to Neo4j as
 * the initial password before the system database exists. On later starts the driver signs in with it, and only if
 * Neo4j refuses it (the file was lost or replaced) is it set on the {@code system} database in-process.
 */
final class EmbeddedDatabaseStart implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseStart.class);
    /** Bolt's own shutdown waits default to seconds each; nothing of ours needs them. */
    private static final Duration BOLT_SHUTDOWN_WAIT = Duration.ofMillis(100);

    record Started(DatabaseManagementService database, Driver driver) {
    }

    private final CompletableFuture<Started> started;

    private EmbeddedDatabaseStart(CompletableFuture<Started> started) {
        this.started = started;
    }

    /** Starts the database and its driver on a new thread and returns at once. */
    static EmbeddedDatabaseStart begin(EmbeddedNeo4jProperties properties) {
        var started = new CompletableFuture<Started>();
        Thread thread = new Thread(() -> {
            try {
                started.complete(start(properties));
            } catch (Throwable e) {
                started.completeExceptionally(e);
            }
        }, "embedded-neo4j-start");
        thread.start();
        return new EmbeddedDatabaseStart(started);
    }

    /** The started database and driver, waiting for the start if it is still going on; its failure, if it failed. */
    Started await() {
        try {
            return started.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("The embedded Neo4j did not start", e.getCause());
        }
    }

    /** Closes the driver and stops the database, once it has started; also when the context failed before using it. */
    @Override
    public void destroy() {
        Started running;
        try {
            running = started.join();
        } catch (CompletionException e) {
            return;
        }
        running.driver().close();
        running.database().shutdown();
    }

    private static Started start(EmbeddedNeo4jProperties properties) {
        long began = System.nanoTime();
        Path home = properties.dataDir().toAbsolutePath();
        String password = EmbeddedPassword.readOrGenerate(properties.passwordFileOrDefault());
        boolean firstStart = EmbeddedPassword.offerAsInitial(home, password);
        DatabaseManagementService database = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", properties.boltPort()))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, BOLT_SHUTDOWN_WAIT)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, properties.pageCache().toBytes())
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
        Driver driver;
        try {
            driver = connect(database, password);
            if (firstStart) {
                EmbeddedPassword.forgetInitial(home);
            }
        } catch (RuntimeException e) {
            database.shutdown();
            throw e;
        }
        log.info("Embedded Neo4j started in {} ms with data in {}", (System.nanoTime() - began) / 1_000_000, home);
        return new Started(database, driver);
    }

    /** Where the started database listens for Bolt (its port may have been picked at start). */
    static String boltUri(DatabaseManagementService database) {
        var api = (GraphDatabaseAPI) database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        return "bolt://127.0.0.1:" + api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT).getPort();
    }

    private static Driver connect(DatabaseManagementService database, String password) {
        String uri = boltUri(database);
        Driver driver = GraphDatabase.driver(uri, AuthTokens.basic(EmbeddedPassword.USER, password),
                Config.builder().withLogging(Logging.slf4j()).build());
        try {
            signIn(driver, database, password);
        } catch (RuntimeException e) {
            driver.close();
            throw e;
        }
        log.info("Embedded Neo4j accepts Bolt at {} (loopback only)", uri);
        return driver;
    }

    private static void signIn(Driver driver, DatabaseManagementService database, String password) {
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException refused) {
            log.info("The embedded Neo4j refused the password in its file: setting that password");
            EmbeddedPassword.apply(database, password);
            driver.verifyConnectivity();
        }
    }
}
