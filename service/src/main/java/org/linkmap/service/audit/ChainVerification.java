package org.linkmap.service.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/**
 * Proves the audit chain: walks it from the first entry (each must follow the one before in sequence, carry
 * its hash as {@code previousHash}, and carry the keyed hash of its own fields; legacy SHA-256 entries only
 * below the first keyed one), checks the head agrees with the last entry, and checks the store against the
 * latest signed {@link Checkpoint}, so that a chain cut short or re-chained without the key is reported too.
 */
@Component
class ChainVerification {

    private static final int BATCH = 5_000;

    private final Graph graph;
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;

    ChainVerification(Graph graph, AuditKey key, AuditCheckpoints checkpoints) {
        this.graph = graph;
        this.key = key;
        this.checkpoints = checkpoints;
    }

    /** What the last checkpoint said, echoed with a verification. */
    record CheckpointSummary(long entries, Instant at, long keyedFrom) {
    }

    /**
     * {@code valid}, {@code entries} and {@code firstBrokenAt} as the contract has them; {@code problem} says what
     * is wrong in words, and {@code checkpoint} which checkpoint the store was held to.
     */
    record Verification(boolean valid, long entries, Long firstBrokenAt, String problem, CheckpointSummary checkpoint) {
    }

    Verification verify() {
        AuditCheckpoints.Latest latest = checkpoints.enabled() ? checkpoints.latest() : new AuditCheckpoints.Latest(null, null);
        Checkpoint checkpoint = latest.checkpoint();
        CheckpointSummary summary = checkpoint == null ? null
                : new CheckpointSummary(checkpoint.entries(), checkpoint.at(), checkpoint.keyedFrom());
        long keyedFrom = checkpoint == null ? Long.MAX_VALUE : checkpoint.keyedFrom();
        return graph.readWithoutTimeLimit(tx -> {
            long expected = 1;
            String previousHash = AuditEntry.GENESIS;
            String hashAtCheckpoint = checkpoint != null && checkpoint.entries() == 0 ? AuditEntry.GENESIS : null;
            boolean keyedSeen = false;
            while (true) {
                List<AuditEntry> batch = tx.list("audit/read-chain", Map.of("after", expected - 1, "limit", BATCH), AuditEntry::from);
                for (AuditEntry entry : batch) {
                    String broken = brokenBecause(entry, expected, previousHash, keyedSeen, keyedFrom);
                    if (broken != null) {
                        return new Verification(false, expected - 1, expected, broken, summary);
                    }
                    keyedSeen |= entry.keyed();
                    previousHash = entry.hash();
                    if (checkpoint != null && expected == checkpoint.entries()) {
                        hashAtCheckpoint = entry.hash();
                    }
                    expected++;
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
            long entries = expected - 1;
            String lastHash = previousHash;
            var head = tx.optional("audit/read-head", Map.of(), r -> new Object[] {r.get("sequence").asLong(), r.get("lastHash").asString()});
            boolean headAgrees = head.map(h -> (long) h[0] == entries && h[1].equals(lastHash)).orElse(entries == 0);
            if (!headAgrees) {
                return new Verification(false, entries, entries + 1, "the chain's head does not match its last entry", summary);
            }
            return againstCheckpoint(entries, hashAtCheckpoint, latest, summary);
        });
    }

    private String brokenBecause(AuditEntry entry, long expected, String previousHash, boolean keyedSeen, long keyedFrom) {
        if (entry.sequence() != expected) {
            return "entry " + expected + " is missing";
        }
        if (!entry.previousHash().equals(previousHash)) {
            return "entry " + expected + " does not follow the entry before it";
        }
        if (!entry.keyed() && keyedSeen) {
            return "entry " + expected + " is not keyed, but an entry before it is";
        }
        if (!entry.keyed() && expected >= keyedFrom) {
            return "entry " + expected + " is not keyed, but the checkpoint says the chain is keyed from entry " + keyedFrom;
        }
        if (!entry.hash().equals(entry.expectedHash(key))) {
            return "entry " + expected + " does not match its " + (entry.keyed() ? "keyed hash" : "hash");
        }
        return null;
    }

    private static Verification againstCheckpoint(long entries, String hashAtCheckpoint, AuditCheckpoints.Latest latest,
                                                  CheckpointSummary summary) {
        Checkpoint checkpoint = latest.checkpoint();
        if (checkpoint == null) {
            return latest.problem() == null ? new Verification(true, entries, null, null, null)
                    : new Verification(false, entries, null, latest.problem(), null);
        }
        if (entries < checkpoint.entries()) {
            return new Verification(false, entries, entries + 1, "the store has " + entries + " entries; the checkpoint of "
                    + checkpoint.at() + " counted " + checkpoint.entries(), summary);
        }
        if (!checkpoint.headHash().equals(hashAtCheckpoint)) {
            return new Verification(false, entries, checkpoint.entries(), "entry " + checkpoint.entries()
                    + " is not the one the checkpoint of " + checkpoint.at() + " signed", summary);
        }
        return new Verification(true, entries, null, null, summary);
    }
}
