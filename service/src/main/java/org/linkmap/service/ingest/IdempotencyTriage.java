package org.linkmap.service.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Conflict;

/**
 * Sorts a batch's candidates by their idempotency key (agency and reference) before anything is written: a key
 * already stored with the same content is a duplicate answered with the first receipt, a key already used for
 * other content (in the graph or earlier in the batch) is a conflict, and a key seen earlier in the same batch
 * with the same content is a repeat of that submission. One read, whatever the batch's size.
 */
final class IdempotencyTriage {

    private record Received(String contentHash, String receipt) {
    }

    private final Map<String, Received> received;
    private final Map<String, PlannedSubmission> plannedByKey = new HashMap<>();

    private IdempotencyTriage(Map<String, Received> received) {
        this.received = received;
    }

    /** Reads which of the candidates' keys are already stored. */
    static IdempotencyTriage read(Graph.Tx tx, List<SubmissionCandidate> candidates) {
        List<String> keys = candidates.stream().map(SubmissionCandidate::key).distinct().toList();
        Map<String, Received> received = new HashMap<>();
        tx.list("ingest/find-submissions", Map.of("keys", keys), r -> received.put(r.get("key").asString(),
                new Received(r.get("contentHash").asString(), r.get("receipt").asString())));
        return new IdempotencyTriage(received);
    }

    /** The conflict when the candidate's key was used before for other content; else null. */
    Conflict conflict(SubmissionCandidate candidate) {
        Received before = received.get(candidate.key());
        PlannedSubmission earlier = plannedByKey.get(candidate.key());
        String earlierHash = before != null ? before.contentHash() : earlier != null ? earlier.candidate.contentHash() : null;
        if (earlierHash == null || earlierHash.equals(candidate.contentHash())) {
            return null;
        }
        return new Conflict("The agency " + candidate.submission().agency() + " already sent a different submission with the reference "
                + candidate.submission().submissionRef() + ".");
    }

    /** The stored receipt (as JSON) of the same submission received before this batch; else null. */
    String storedReceipt(SubmissionCandidate candidate) {
        Received before = received.get(candidate.key());
        return before == null ? null : before.receipt();
    }

    /** The same submission planned earlier in this batch; else null. */
    PlannedSubmission plannedEarlier(SubmissionCandidate candidate) {
        return plannedByKey.get(candidate.key());
    }

    void planned(PlannedSubmission planned) {
        plannedByKey.put(planned.key(), planned);
    }
}
