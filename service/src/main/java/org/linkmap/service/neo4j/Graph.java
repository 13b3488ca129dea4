package org.linkmap.service.neo4j;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Units of work against the graph: reads in read transactions and writes in write transactions, so a
 * cluster can route them and the driver can retry them on transient errors. Callbacks may therefore run
 * more than once and must be idempotent.
 */
@Component
public class Graph {

    private static final Logger log = LoggerFactory.getLogger(Graph.class);

    private final Driver driver;
    private final CypherStatements statements;
    private final TransactionConfig boundedRead;
    private final java.util.concurrent.atomic.AtomicLong dataWrites = new java.util.concurrent.atomic.AtomicLong();

    Graph(Driver driver, CypherStatements statements, @Value("${linkmap.limits.query-time:10s}") Duration queryTime) {
        this.driver = driver;
        this.statements = statements;
        this.boundedRead = TransactionConfig.builder().withTimeout(queryTime).build();
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx);
    }

    /** A read that the database abandons after {@code linkmap.limits.query-time} (10 s), so no request holds it longer. */
    public <T> T read(Work<T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new Tx(tx, statements).complete(work), boundedRead);
        }
    }

    /** A read that may take as long as it needs: for the service's own work, such as proving the whole audit chain. */
    public <T> T readWithoutTimeLimit(Work<T> work) {
        try (Session session = driver.session()) {
            return session.executeRead(tx -> new Tx(tx, statements).complete(work));
        }
    }

    /**
     * A read tried once, in a read transaction, without the driver's retries: for work while the service stops,
     * when a database that has already gone must fail it at once rather than hold the process for the retry time.
     */
    public <T> T readOnce(Work<T> work) {
        try (Session session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction(boundedRead)) {
            return new Tx(tx, statements).complete(work);
        }
    }

    public <T> T write(Work<T> work) {
        try (Session session = driver.session()) {
            boolean[] touchedData = {false};
            T result = session.executeWrite(tx -> {
                Tx unit = new Tx(tx, statements);
                T done = unit.complete(work);
                touchedData[0] = unit.touchedData;
                return done;
            });
            if (touchedData[0]) {
                dataWrites.incrementAndGet();
            }
            return result;
        }
    }

    /**
     * How many write transactions this instance has committed that changed the graph's data (the audit
     * trail's own appends not counted): what is derived from the data and kept in memory can tell it is stale.
     */
    public long dataWrites() {
        return dataWrites.get();
    }

    /** A transaction that runs named queries. */
    public static final class Tx {
        private final SimpleQueryRunner tx;
        private final CypherStatements statements;
        private final List<String> writesAhead = new ArrayList<>();
        private final List<Map<String, Object>> writesAheadParameters = new ArrayList<>();
        private boolean touchedData;

        Tx(SimpleQueryRunner tx, CypherStatements statements) {
            this.tx = tx;
            this.statements = statements;
        }

        /**
         * Runs the named query and maps every record. Records are fetched first and mapped on the calling
         * thread: the driver may complete results on its own threads, where the request's context is absent.
         */
        public <T> List<T> list(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
            return records(query, parameters).stream().map(mapper).toList();
        }

        /** Runs the named query and maps its single record, if there is one, on the calling thread. */
        public <T> java.util.Optional<T> optional(String query, Map<String, Object> parameters, Function<Record, T> mapper) {
            List<Record> records = records(query, parameters);
            if (records.size() > 1) {
                throw new IllegalStateException(query + " returned " + records.size() + " records where at most one was expected");
            }
            return records.stream().findFirst().map(mapper);
        }

        /** Runs the named query for its effect. */
        public void run(String query, Map<String, Object> parameters) {
            long started = System.nanoTime();
            String label = label(query);
            tx.run(withWritesAhead(query, parameters)).consume();
            timed(label, started, 0);
        }

        /** Every record of the named query (with the writes waiting to go ahead of it), fetched and timed. */
        private List<Record> records(String query, Map<String, Object> parameters) {
            long started = System.nanoTime();
            String label = label(query);
            List<Record> records = tx.run(withWritesAhead(query, parameters)).list();
            timed(label, started, records.size());
            return records;
        }

        /**
         * Runs the named query for its effect, sent to the database with the transaction's next statement (or
         * before it commits) as one ({@link Composition}): a round trip fewer. The query must only write.
         */
        public void runAhead(String query, Map<String, Object> parameters) {
            writesAhead.add(noting(query));
            writesAheadParameters.add(parameters);
        }

        /** Does {@code work} in this transaction, then the writes still waiting for a statement to go with. */
        <T> T complete(Work<T> work) {
            T done = work.run(this);
            if (!writesAhead.isEmpty()) {
                String last = writesAhead.remove(writesAhead.size() - 1);
                run(last, writesAheadParameters.remove(writesAheadParameters.size() - 1));
            }
            return done;
        }

        /** The statements a query is sent with, for the log: {@code ingest/a + ingest/b}. */
        private String label(String query) {
            return writesAhead.isEmpty() ? query : String.join(" + ", writesAhead) + " + " + query;
        }

        private Query withWritesAhead(String query, Map<String, Object> parameters) {
            noting(query);
            if (writesAhead.isEmpty()) {
                return new Query(statements.get(query), parameters);
            }
            Query composed = new Query(statements.composed(writesAhead, query),
                    Composition.parameters(writesAheadParameters, parameters));
            writesAhead.clear();
            writesAheadParameters.clear();
            return composed;
        }

        /** At debug level, each statement's name, time and records: where a request's time in the database goes. */
        private static void timed(String query, long started, int records) {
            if (log.isDebugEnabled()) {
                log.debug("{} {} us, {} records", query, (System.nanoTime() - started) / 1_000, records);
            }
        }

        private String noting(String query) {
            touchedData |= !query.startsWith("audit/");
            return query;
        }
    }
}
