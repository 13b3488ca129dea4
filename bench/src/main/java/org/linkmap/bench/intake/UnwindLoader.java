package org.linkmap.bench.intake;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.linkmap.bench.data.Options;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes an NDJSON file of submissions into a new embedded Neo4j database through the Neo4j Java driver over
 * Bolt on 127.0.0.1, as the service reaches its own database, with nothing but batched {@code UNWIND}
 * statements ({@code bench-cypher/}) in one write transaction per batch: no HTTP, no
 * validation, no look-ups before writing, no identity resolution beyond exact keys, no receipts checked.
 * Its rate is the ceiling the service's intake is measured against. The database is configured as the
 * service configures its own (page cache, no log preallocation) and gets the service's schema, so the
 * result can also be opened by the service (for example to benchmark networks on a million nodes).
 *
 * <pre>
 * UnwindLoader --ndjson FILE --data-dir DIR [--batch 1000] [--page-cache 128m]
 * </pre>
 */
public final class UnwindLoader {

    private static final List<String> ORDER = List.of("create-submissions", "merge-people", "merge-phones", "merge-vehicles",
            "merge-places-and-networks", "create-incidents", "merge-links", "record-mentions");

    private UnwindLoader() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = Options.parse(args, 0);
        Path file = Path.of(Options.required(options, "ndjson"));
        Path dataDir = Path.of(Options.required(options, "data-dir"));
        int batchSize = Integer.parseInt(options.getOrDefault("batch", "1000"));
        long pageCache = Options.bytes(options.getOrDefault("page-cache", "128m"));
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .build();
        var api = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        int port = api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
        try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            applySchema(driver);
            load(driver, file, batchSize);
        } finally {
            dbms.shutdown();
        }
    }

    private static void applySchema(Driver db) throws IOException {
        for (String name : List.of("001-constraints.cypher", "002-indexes.cypher")) {
            try (var in = UnwindLoader.class.getClassLoader().getResourceAsStream("cypher/schema/" + name)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String withoutComments = text.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
                for (String statement : withoutComments.split(";\\s*(\\n|$)")) {
                    if (!statement.isBlank()) {
                        db.executableQuery(statement.strip()).execute();
                    }
                }
            }
        }
        db.executableQuery(BenchCypher.get("await-indexes")).execute();
    }

    private static void load(Driver db, Path file, int batchSize) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long started = System.nanoTime();
        long lines = 0;
        LoaderBatch batch = new LoaderBatch();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                batch.add(json.readTree(line), line);
                lines++;
                if (batch.size() == batchSize) {
                    write(db, batch);
                    batch = new LoaderBatch();
                    if (lines % (batchSize * 20L) == 0) {
                        report("progress", lines, started);
                    }
                }
            }
        }
        if (batch.size() > 0) {
            write(db, batch);
        }
        report("done", lines, started);
        var counts = db.executableQuery(BenchCypher.get("count-graph"))
                .execute().records().get(0);
        System.out.printf(Locale.ROOT, "graph: %,d nodes, %,d relationships%n", counts.get("nodes").asLong(), counts.get("links").asLong());
    }

    private static void write(Driver db, LoaderBatch batch) {
        Map<String, List<Map<String, Object>>> rows = Map.of(
                "create-submissions", batch.submissions,
                "merge-people", List.copyOf(batch.people.values()),
                "merge-phones", List.copyOf(batch.phones.values()),
                "merge-vehicles", List.copyOf(batch.vehicles.values()),
                "merge-places-and-networks", List.copyOf(batch.placesAndNetworks.values()),
                "create-incidents", batch.incidents,
                "merge-links", batch.links,
                "record-mentions", batch.mentions);
        try (Session session = db.session()) {
            session.executeWriteWithoutResult(tx -> {
                for (String statement : ORDER) {
                    if (!rows.get(statement).isEmpty()) {
                        tx.run(new Query(BenchCypher.get(statement), Map.of("rows", rows.get(statement)))).consume();
                    }
                }
            });
        }
    }

    private static void report(String what, long lines, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "%s: %,d submissions in %.1f s = %.0f submissions/s%n", what, lines, seconds, lines / seconds);
    }
}
