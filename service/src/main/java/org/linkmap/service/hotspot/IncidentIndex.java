package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import jakarta.annotation.PreDestroy;

import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every incident's id, type, time, point and area, held in memory as columns, so that the map and the hotspot
 * methods select a year of a county (200,000 incidents) in milliseconds instead of reading it from the graph on
 * every view. Incidents are never changed once written, so the index is right as long as the graph holds the same
 * incidents: each use first asks the graph for their count and newest and oldest ids (three index lookups) and
 * reads them all again when that has changed. Nothing but the graph is the truth; several instances each keep
 * their own index. The people involved are not held here: they change with merges and new links and are read per
 * request ({@code hotspot/find-involvements}).
 *
 * <p>Thread-safe: a snapshot is immutable and replaced whole; one read at a time, on the index's own thread.
 */
@Component
class IncidentIndex {

    private static final Logger log = LoggerFactory.getLogger(IncidentIndex.class);

    private final Graph graph;
    private final Areas areas;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(daemon("linkmap-incident-index"));
    private CompletableFuture<Snapshot> pending;
    private String pendingVersion;
    private volatile Snapshot snapshot = new Snapshot("", new String[0], new String[0], new OffsetDateTime[0], new double[0],
            new double[0], new String[0], new String[0]);

    IncidentIndex(Graph graph, Areas areas) {
        this.graph = graph;
        this.areas = areas;
    }

    /**
     * The incidents as columns, row {@code k} of each array describing one incident.
     *
     * @param area     the area its point lies in, or null
     * @param district the ONS code of the district its point lies in, or null
     */
    record Snapshot(String version, String[] id, String[] type, OffsetDateTime[] occurredAt, double[] longitude,
                    double[] latitude, String[] area, String[] district) {
        int size() {
            return id.length;
        }
    }

    /**
     * The incidents as the graph holds them now. When they have changed, they are read again on the index's own
     * thread and this waits for it; a request given up meanwhile (its time limit, a client gone) leaves the read
     * running, so the next request finds it done or nearly so, rather than each starting it afresh and none
     * finishing (a year of a county takes seconds to read on a busy machine).
     */
    Snapshot current() {
        String version = versionNow();
        Snapshot held = snapshot;
        if (held.version().equals(version)) {
            return held;
        }
        try {
            return loading(version).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("gave up waiting for the incident index");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /** Reads the incidents into the index now, in the background, so that the first map of the day is quick. */
    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        try {
            loading(versionNow());
        } catch (RuntimeException e) {
            log.warn("Could not ask for the incidents' version to read them in advance; the first map will: {}", e.getMessage());
        }
    }

    private String versionNow() {
        return graph.read(tx -> tx.optional("hotspot/find-incident-version", Map.of(), IncidentIndex::version)).orElse("");
    }

    /** The read of {@code version} under way, or a new one; a failed read is forgotten so that the next use tries again. */
    private synchronized CompletableFuture<Snapshot> loading(String version) {
        if (pending == null || !pendingVersion.equals(version)) {
            CompletableFuture<Snapshot> read = CompletableFuture.supplyAsync(() -> load(version), reader);
            read.whenComplete((loaded, failure) -> {
                if (failure != null) {
                    log.warn("Could not read the incidents into the map's index; the next map will try again: {}", failure.getMessage());
                }
                settle(read, loaded);
            });
            pending = read;
            pendingVersion = version;
        }
        return pending;
    }

    private synchronized void settle(CompletableFuture<Snapshot> read, Snapshot loaded) {
        if (loaded != null) {
            snapshot = loaded;
        }
        if (pending == read) {
            pending = null;
            pendingVersion = null;
        }
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }

    private static String version(Record r) {
        return r.get("count").asLong() + "|" + r.get("newest").asString("") + "|" + r.get("oldest").asString("");
    }

    private Snapshot load(String version) {
        long started = System.nanoTime();
        List<Record> rows = graph.readWithoutTimeLimit(tx -> tx.list("hotspot/list-incident-points", Map.of(), r -> r));
        int n = rows.size();
        Snapshot s = new Snapshot(version, new String[n], new String[n], new OffsetDateTime[n], new double[n], new double[n],
                new String[n], new String[n]);
        for (int k = 0; k < n; k++) {
            Record r = rows.get(k);
            s.id()[k] = r.get("id").asString();
            s.type()[k] = r.get("incidentType").asString();
            s.occurredAt()[k] = r.get("occurredAt").asZonedDateTime().toOffsetDateTime();
            s.longitude()[k] = r.get("longitude").asDouble();
            s.latitude()[k] = r.get("latitude").asDouble();
            s.district()[k] = areas.districtOf(s.longitude()[k], s.latitude()[k]).orElse(null);
            s.area()[k] = s.district()[k] != null ? areas.footprintOf(s.district()[k])
                    : areas.areaOf(s.longitude()[k], s.latitude()[k]).orElse(null);
        }
        log.info("Read {} incidents into the map's index in {} ms", n, (System.nanoTime() - started) / 1_000_000);
        return s;
    }

    private static ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
