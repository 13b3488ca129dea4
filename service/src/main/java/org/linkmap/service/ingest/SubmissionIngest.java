package org.linkmap.service.ingest;

import java.util.Optional;
import java.util.UUID;

import org.linkmap.model.submission.Submission;
import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Conflict;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes a valid submission into the graph, once. The pair (agency, submissionRef) is the idempotency key:
 * the same content again is answered with the first receipt; different content under the same key is a
 * conflict. Everything a submission asserts is written in one write transaction or not at all.
 */
@Component
public class SubmissionIngest {

    private static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

    private final Graph graph;
    private final Geocoding geocoding;
    private final Areas areas;
    private final ObjectMapper json;

    SubmissionIngest(Graph graph, Geocoding geocoding, Areas areas, ObjectMapper json) {
        this.graph = graph;
        this.geocoding = geocoding;
        this.areas = areas;
        this.json = json;
    }

    /** The receipt, and whether this call created the submission (false: it was already there). */
    public record Outcome(SubmissionReceipt receipt, boolean created) {
    }

    /**
     * @param contentHash a hash of the submission's content, to tell a repeat from a conflicting reuse of its ref
     * @param body        the submission as received, kept for {@code GET /api/submissions/{id}}
     */
    public Outcome ingest(Submission submission, String contentHash, String body) {
        try {
            return graph.write(tx -> attempt(tx, submission, contentHash, body));
        } catch (ClientException e) {
            if (!CONSTRAINT_FAILED.equals(e.code())) {
                throw e;
            }
            // A concurrent request committed the same submission, phone or mark first: look again.
            return graph.write(tx -> attempt(tx, submission, contentHash, body));
        }
    }

    private Outcome attempt(Graph.Tx tx, Submission submission, String contentHash, String body) {
        Optional<Outcome> repeat = previous(tx, submission, contentHash);
        if (repeat.isPresent()) {
            return repeat.get();
        }
        String submissionId = UUID.randomUUID().toString();
        SubmissionReceipt receipt = new SubmissionWriter(tx, geocoding, areas, submission, submissionId).write(contentHash, body);
        tx.run("ingest/record-receipt", java.util.Map.of("id", submissionId, "receipt", toJson(receipt)));
        return new Outcome(receipt, true);
    }

    private Optional<Outcome> previous(Graph.Tx tx, Submission submission, String contentHash) {
        return tx.optional("ingest/find-submission", java.util.Map.of("key", key(submission.agency(), submission.submissionRef())),
                r -> {
                    if (!contentHash.equals(r.get("contentHash").asString())) {
                        throw new Conflict("The agency " + submission.agency() + " already sent a different submission with the reference "
                                + submission.submissionRef() + ".");
                    }
                    return new Outcome(fromJson(r.get("receipt").asString()), false);
                });
    }

    static String key(String agency, String submissionRef) {
        return agency + "|" + submissionRef;
    }

    private String toJson(SubmissionReceipt receipt) {
        try {
            return json.writeValueAsString(receipt);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private SubmissionReceipt fromJson(String receipt) {
        try {
            return json.readValue(receipt, SubmissionReceipt.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored receipt is unreadable", e);
        }
    }
}
