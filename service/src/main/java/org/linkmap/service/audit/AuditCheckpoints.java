package org.linkmap.service.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.secrets.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Writes a signed {@link Checkpoint} of the audit chain's head to {@code checkpoint.json} in the audit directory,
 * outside the database: at start-up, every {@code linkmap.audit.checkpoint-every} while entries are added, and at
 * shutdown. Each checkpoint is also logged, so that a log shipped off the machine keeps their history.
 *
 * <p>A checkpoint never replaces one the store no longer agrees with (fewer entries, or another hash at the
 * checkpointed length): that one stays as the evidence, and verification reports the store broken.
 */
@Component
class AuditCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

    /** The checkpoint on disk, or why there is none to trust. */
    record Latest(Checkpoint checkpoint, String problem) {
    }

    private final AuditProperties properties;
    private final AuditKey key;
    private final Graph graph;
    private final ObjectMapper json;
    private final Clock clock;
    private long entriesAtStart;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "linkmap-audit-checkpoint");
        thread.setDaemon(true);
        return thread;
    });

    AuditCheckpoints(AuditProperties properties, AuditKey key, Graph graph, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.key = key;
        this.graph = graph;
        this.json = json;
        this.clock = clock;
    }

    boolean enabled() {
        return properties.checkpoints();
    }

    /**
     * The entries the store held before this process wrote any, read while the service is still being built: only
     * those can be missing a checkpoint. Entries the start-up itself adds (the demo data being loaded on a first
     * start) are not a sign that a checkpoint was removed.
     */
    @PostConstruct
    void countEntriesAtStart() {
        if (enabled() && !properties.verifyAndExit()) {
            entriesAtStart = graph.read(tx -> tx.optional("audit/read-head", Map.of(), r -> r.get("sequence").asLong())).orElse(0L);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled() || properties.verifyAndExit()) {
            return;
        }
        if (!Files.exists(properties.checkpointFile()) && entriesAtStart > 0 && entriesAtStart >= graph.read(AuditCheckpoints::firstKeyedSequence)) {
            log.error("The audit trail has entries but no checkpoint in {}: it was removed, or the audit directory changed."
                    + " A new checkpoint is taken now; earlier history can only be checked against shipped logs.",
                    properties.checkpointFile().toAbsolutePath());
        }
        write();
        long every = Math.max(1, properties.checkpointEvery().toMillis());
        timer.scheduleWithFixedDelay(() -> writeQuietly(graph::read), every, every, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        if (enabled() && !properties.verifyAndExit()) {
            // One attempt: a database that has already gone is reported at once; the next start checkpoints.
            writeQuietly(graph::readOnce);
        }
    }

    /**
     * Checkpoints the head now unless it has not moved or the store disagrees with the last checkpoint.
     *
     * @return whether a checkpoint was written
     */
    boolean write() {
        return write(graph::read);
    }

    /** As {@link #write()}, reading the store in one read transaction run by {@code reading}. */
    private synchronized boolean write(Function<Graph.Work<Stored>, Stored> reading) {
        Latest latest = latest();
        Checkpoint previous = latest.checkpoint();
        if (latest.problem() != null && Files.exists(properties.checkpointFile())) {
            log.error("Audit checkpoint not replaced: {}", latest.problem());
            return false;
        }
        Stored stored = reading.apply(tx -> stored(tx, previous));
        Head head = stored.head();
        if (previous != null) {
            if (previous.entries() == head.sequence() && previous.headHash().equals(head.lastHash())) {
                return false;
            }
            String hashThen = previous.entries() == 0 ? AuditEntry.GENESIS : stored.hashAtPrevious();
            if (head.sequence() < previous.entries() || !previous.headHash().equals(hashThen)) {
                log.error("Audit checkpoint not replaced: the store no longer agrees with the checkpoint of {} ({} entries)",
                        previous.at(), previous.entries());
                return false;
            }
        }
        long keyedFrom = previous != null ? previous.keyedFrom() : stored.firstKeyed();
        Checkpoint checkpoint = Checkpoint.signed(head.sequence(), head.lastHash(), keyedFrom, clock.instant(), key);
        try {
            OwnerOnlyFiles.write(properties.checkpointFile(), json.writeValueAsString(checkpoint) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the audit checkpoint", e);
        }
        log.info("Audit checkpoint: entries={} headHash={} keyedFrom={} at={} mac={}", checkpoint.entries(),
                checkpoint.headHash(), checkpoint.keyedFrom(), checkpoint.at(), checkpoint.mac());
        return true;
    }

    /** The checkpoint on disk, checked against the key; a problem when it is missing, unreadable or not signed by the key. */
    Latest latest() {
        if (!Files.exists(properties.checkpointFile())) {
            return new Latest(null, "there is no checkpoint in " + properties.checkpointFile().toAbsolutePath());
        }
        try {
            Checkpoint checkpoint = json.readValue(properties.checkpointFile().toFile(), Checkpoint.class);
            if (checkpoint.headHash() == null || checkpoint.at() == null || !checkpoint.signedBy(key)) {
                return new Latest(null, "the checkpoint's signature does not match the audit key");
            }
            return new Latest(checkpoint, null);
        } catch (IOException e) {
            return new Latest(null, "the checkpoint cannot be read: " + e.getMessage());
        }
    }

    private void writeQuietly(Function<Graph.Work<Stored>, Stored> reading) {
        try {
            write(reading);
        } catch (RuntimeException e) {
            log.error("Could not checkpoint the audit trail", e);
        }
    }

    /** What a checkpoint needs from the store: the head, the hash at the previous checkpoint's length, where keys began. */
    private static Stored stored(Graph.Tx tx, Checkpoint previous) {
        Head head = tx.optional("audit/read-head", Map.of(), r -> new Head(r.get("sequence").asLong(), r.get("lastHash").asString()))
                .orElse(new Head(0, AuditEntry.GENESIS));
        String hashAtPrevious = previous == null || previous.entries() == 0 ? null
                : tx.optional("audit/find-entry-hash", Map.of("sequence", previous.entries()), r -> r.get("hash").asString()).orElse(null);
        return new Stored(head, hashAtPrevious, previous == null ? firstKeyedSequence(tx) : 0);
    }

    private static long firstKeyedSequence(Graph.Tx tx) {
        return tx.optional("audit/find-last-unkeyed", Map.of(), r -> r.get("sequence"))
                .filter(v -> !v.isNull()).map(v -> v.asLong() + 1).orElse(1L);
    }

    private record Stored(Head head, String hashAtPrevious, long firstKeyed) {
    }

    private record Head(long sequence, String lastHash) {
        Head {
            Objects.requireNonNull(lastHash);
        }
    }
}
