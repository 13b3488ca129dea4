package org.linkmap.service.network;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Benchmark, not a test (its name keeps it out of the normal build): a generated graph of 1,000,000 entities and
 * 5,000,000 links in the embedded database, then timed HTTP requests as an analyst makes them (each audited).
 * Run with {@code mvn -o -pl service -am verify -Dtest=NetworkBenchmark -Dsurefire.failIfNoSpecifiedTests=false};
 * {@code -Dlinkmap.bench.dir=PATH} keeps the generated database between runs (default
 * {@code /tmp/linkmap-network-bench}), {@code -Dlinkmap.bench.nodes=N} changes its size (links are five per node).
 *
 * <p>The graph: 60% people, 20% phones, 10% vehicles, 10% places; links from a random person, four in five to an
 * entity among the 1,000 ids around it (so the graph has communities), one in five anywhere; 60% ASSOCIATES_WITH
 * people, 30% USES phones and vehicles, 10% FREQUENTS places. Each link names one or two of 10,000 submissions
 * from 8 agencies, graded at random, reported in 2025-2026.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "linkmap.neo4j.embedded.bolt-port=0", "linkmap.neo4j.embedded.page-cache=3GB",
        "linkmap.security.users[0].username=analyst", "linkmap.security.users[0].password-hash={noop}bench",
        "linkmap.security.users[0].role=ANALYST", "linkmap.network.analysis-node-limit=8000"})
class NetworkBenchmark {

    private static final int NODES = Integer.getInteger("linkmap.bench.nodes", 1_000_000);
    private static final int SUBMISSIONS = 10_000;
    private static final String[] AGENCIES = {"LANCASHIRE_POLICE", "BLACKPOOL_CSC", "BLACKPOOL_HEALTH", "LANCS_EDUCATION",
            "LANCS_YOT", "BLACKBURN_CSC", "LANCS_LICENSING", "BARNARDOS"};

    @LocalServerPort
    int port;

    @Autowired
    DatabaseManagementService databases;

    private final HttpClient http = HttpClient.newHttpClient();
    private String[] ids;

    @DynamicPropertySource
    static void benchDirectory(DynamicPropertyRegistry registry) {
        registry.add("linkmap.neo4j.embedded.data-dir", () -> System.getProperty("linkmap.bench.dir", "/tmp/linkmap-network-bench"));
        registry.add("linkmap.audit.dir", () -> System.getProperty("linkmap.bench.dir", "/tmp/linkmap-network-bench") + "-audit");
        registry.add("linkmap.import.spool-dir", () -> System.getProperty("linkmap.bench.dir", "/tmp/linkmap-network-bench") + "-spool");
    }

    @Test
    void measure() throws Exception {
        GraphDatabaseService db = databases.database("neo4j");
        long started = System.nanoTime();
        ids = loadOrGenerate(db);
        System.out.printf("graph ready: %,d entities in %.1f s%n", ids.length, (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
        warmStore(db);
        System.out.printf("store read into the page cache in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Random random = new Random(42);
        warm(random);
        report("1-hop neighbourhood", 100, i -> "/api/network/" + person(random) + "?depth=1");
        report("2-hop neighbourhood", 200, i -> "/api/network/" + person(random) + "?depth=2");
        report("shortest paths, same community", 100, i -> {
            int a = personIndex(random);
            return "/api/network/paths?from=" + ids[a] + "&to=" + ids[near(random, a)];
        });
        report("shortest paths, anywhere", 100, i -> "/api/network/paths?from=" + person(random) + "&to=" + person(random));
        report("analysis, 25 people at 2 hops", 5, i -> {
            StringBuilder people = new StringBuilder(person(random));
            for (int k = 1; k < 25; k++) {
                people.append(',').append(person(random));
            }
            return "/api/network/analysis?depth=2&ids=" + people;
        });
        // 3,000-5,000 nodes on the million-node graph: the size the analysis target names (the limit is raised to
        // 8,000 above, so a selection a little over 5,000 is timed rather than refused).
        report("analysis, 12 people at 2 hops", 5, i -> {
            StringBuilder people = new StringBuilder(person(random));
            for (int k = 1; k < 12; k++) {
                people.append(',').append(person(random));
            }
            return "/api/network/analysis?depth=2&ids=" + people;
        });
    }

    /**
     * Reads every node and link with the properties a network view reads, as a server that has been answering for a
     * while has them in its page cache (sized to hold the store, as docs/scaling.md advises).
     */
    private static void warmStore(GraphDatabaseService db) {
        try (Transaction tx = db.beginTx()) {
            tx.execute("MATCH (n) RETURN count(n.id) AS ids, count(n.name) AS names").next();
            tx.execute("MATCH ()-[r]->() RETURN count(r.id) AS ids, sum(size(coalesce(r.sources, []))) AS sources, "
                    + "count(r.firstReported) AS first, count(r.lastReported) AS last, count(r.intelligence) AS grading").next();
        }
    }

    /** As many requests as the JIT needs to compile the request path, so the figures are those of a service that has been in use. */
    private void warm(Random random) throws Exception {
        for (int i = 0; i < 500; i++) {
            get("/api/network/" + person(random) + "?depth=2");
            get("/api/network/paths?from=" + person(random) + "&to=" + person(random));
        }
    }

    private void report(String what, int runs, IntFunction<String> paths) throws Exception {
        long[] times = new long[runs];
        int failures = 0;
        long bytes = 0;
        long nodes = 0;
        for (int i = 0; i < runs; i++) {
            String path = paths.apply(i);
            long t = System.nanoTime();
            HttpResponse<String> reply = get(path);
            times[i] = System.nanoTime() - t;
            bytes += reply.body().length();
            nodes += reply.body().split("\"kind\":\"", -1).length - 1;
            if (reply.statusCode() != 200) {
                failures++;
                System.out.println("  " + reply.statusCode() + " " + reply.body().substring(0, Math.min(200, reply.body().length())));
            }
        }
        Arrays.sort(times);
        System.out.printf("%-32s runs %d  p50 %.1f ms  p95 %.1f ms  max %.1f ms  mean body %,d B  mean nodes %,d  non-200 %d%n", what,
                runs, times[runs / 2] / 1e6, times[(int) Math.ceil(runs * 0.95) - 1] / 1e6, times[runs - 1] / 1e6, bytes / runs,
                nodes / runs, failures);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString("analyst:bench".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Basic " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String person(Random random) {
        return ids[personIndex(random)];
    }

    private int personIndex(Random random) {
        return random.nextInt((int) (NODES * 0.6));
    }

    private static int near(Random random, int index) {
        int block = index / 1000 * 1000;
        return Math.min((int) (NODES * 0.6) - 1, block + random.nextInt(1000));
    }

    /** Node i is a person below 60% of NODES, then phones, vehicles and places. */
    private static String kind(int i) {
        double share = (double) i / NODES;
        return share < 0.6 ? "Person" : share < 0.8 ? "Phone" : share < 0.9 ? "Vehicle" : "Location";
    }

    private String[] loadOrGenerate(GraphDatabaseService db) throws IOException {
        Path idFile = Path.of(System.getProperty("linkmap.bench.dir", "/tmp/linkmap-network-bench"), "ids.txt");
        if (Files.exists(idFile)) {
            return Files.readAllLines(idFile).toArray(String[]::new);
        }
        Random random = new Random(7);
        String[] submissions = new String[SUBMISSIONS];
        long[] nodes = new long[NODES];
        String[] made = new String[NODES];
        try (Transaction tx = db.beginTx()) {
            for (int s = 0; s < SUBMISSIONS; s++) {
                Node submission = tx.createNode(Label.label("Submission"));
                submissions[s] = UUID.randomUUID().toString();
                submission.setProperty("id", submissions[s]);
                submission.setProperty("agency", AGENCIES[s % AGENCIES.length]);
                submission.setProperty("submittedAt", reported(random).toZonedDateTime());
                submission.setProperty("source", (long) (1 + random.nextInt(3)));
                submission.setProperty("intelligence", String.valueOf((char) ('A' + random.nextInt(5))));
                submission.setProperty("handling", "P");
            }
            tx.commit();
        }
        for (int from = 0; from < NODES; from += 50_000) {
            try (Transaction tx = db.beginTx()) {
                for (int i = from; i < Math.min(NODES, from + 50_000); i++) {
                    String kind = kind(i);
                    Node node = tx.createNode(Label.label("Entity"), Label.label(kind));
                    made[i] = UUID.randomUUID().toString();
                    node.setProperty("id", made[i]);
                    switch (kind) {
                        case "Person" -> node.setProperty("name", "Bench Person " + i);
                        case "Phone" -> node.setProperty("number", "+4477" + String.format("%08d", i));
                        case "Vehicle" -> node.setProperty("vrm", "BN" + i);
                        default -> node.setProperty("name", "Bench Place " + i);
                    }
                    nodes[i] = node.getId();
                }
                tx.commit();
            }
        }
        int people = (int) (NODES * 0.6);
        long links = 5L * NODES;
        for (long from = 0; from < links; from += 50_000) {
            try (Transaction tx = db.beginTx()) {
                for (long l = from; l < Math.min(links, from + 50_000); l++) {
                    int a = random.nextInt(people);
                    double roll = random.nextDouble();
                    String type;
                    int b;
                    if (roll < 0.6) {
                        type = "ASSOCIATES_WITH";
                        b = random.nextDouble() < 0.8 ? near(random, a) : random.nextInt(people);
                    } else if (roll < 0.9) {
                        type = "USES";
                        int start = roll < 0.8 ? people : (int) (NODES * 0.8);
                        int size = roll < 0.8 ? (int) (NODES * 0.2) : (int) (NODES * 0.1);
                        b = start + (random.nextDouble() < 0.8 ? (a / 1000 * 1000 * size / people + random.nextInt(1000)) % size : random.nextInt(size));
                    } else {
                        type = "FREQUENTS";
                        int start = (int) (NODES * 0.9);
                        int size = NODES - start;
                        b = start + (random.nextDouble() < 0.8 ? (a / 1000 * 1000 * size / people + random.nextInt(1000)) % size : random.nextInt(size));
                    }
                    if (a == b) {
                        continue;
                    }
                    var r = tx.getNodeById(nodes[a]).createRelationshipTo(tx.getNodeById(nodes[b]), RelationshipType.withName(type));
                    int s1 = random.nextInt(SUBMISSIONS);
                    boolean two = random.nextInt(4) == 0;
                    int s2 = random.nextInt(SUBMISSIONS);
                    r.setProperty("id", UUID.randomUUID().toString());
                    r.setProperty("sources", two ? new String[] {submissions[s1], submissions[s2]} : new String[] {submissions[s1]});
                    r.setProperty("agencies", two && s1 % AGENCIES.length != s2 % AGENCIES.length
                            ? new String[] {AGENCIES[s1 % AGENCIES.length], AGENCIES[s2 % AGENCIES.length]} : new String[] {AGENCIES[s1 % AGENCIES.length]});
                    OffsetDateTime first = reported(random);
                    r.setProperty("firstReported", first.toZonedDateTime());
                    r.setProperty("lastReported", (two ? first.plusDays(random.nextInt(200)) : first).toZonedDateTime());
                    r.setProperty("source", (long) (1 + random.nextInt(3)));
                    r.setProperty("intelligence", String.valueOf((char) ('A' + random.nextInt(5))));
                    r.setProperty("handling", "P");
                }
                tx.commit();
            }
            if (from % 1_000_000 == 0) {
                System.out.printf("  %,d links%n", from);
            }
        }
        Files.write(idFile, List.of(made));
        return made;
    }

    private static OffsetDateTime reported(Random random) {
        return OffsetDateTime.of(2025, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC).plusMinutes(random.nextInt(2 * 365 * 24 * 60));
    }
}
