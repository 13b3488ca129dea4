package org.linkmap.service.ingest;

import java.util.List;

import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes valid submissions into the graph, once each. The pair (agency, submissionRef) is the idempotency
 * key: the same content again is answered with the first receipt; different content under the same key is
 * a conflict. A batch is written in one write transaction; a submission refused within it writes nothing.
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

    /** Work to do in the same transaction as a batch, once its results are known (for example, an import's progress). */
    @FunctionalInterface
    public interface AlongsideBatch {
        void run(Graph.Tx tx, List<IngestResult> results);
    }

    /** Work to do in the same transaction as one submission once it is stored (for example, its audit entry). */
    @FunctionalInterface
    public interface AlongsideStored {
        void run(Graph.Tx tx, IngestResult.Stored stored);
    }

    /**
     * Ingests one submission, doing {@code alongside} in its transaction if it is stored.
     *
     * @throws RuntimeException the reason it was refused ({@code InvalidRequest}, {@code Conflict})
     */
    public IngestResult.Stored ingest(SubmissionCandidate candidate, AlongsideStored alongside) {
        IngestResult result = ingestAll(List.of(candidate), (tx, results) -> {
            if (results.get(0) instanceof IngestResult.Stored stored) {
                alongside.run(tx, stored);
            }
        }).get(0);
        if (result instanceof IngestResult.Refused refused) {
            throw refused.reason();
        }
        return (IngestResult.Stored) result;
    }

    /** Ingests a batch in one transaction; one result per candidate, in order. */
    public List<IngestResult> ingestAll(List<SubmissionCandidate> candidates) {
        return ingestAll(candidates, (tx, results) -> {
        });
    }

    /** As {@link #ingestAll(List)}, doing {@code alongside} in the batch's transaction. */
    public List<IngestResult> ingestAll(List<SubmissionCandidate> candidates, AlongsideBatch alongside) {
        try {
            return graph.write(tx -> attempt(tx, candidates, alongside));
        } catch (ClientException e) {
            if (!CONSTRAINT_FAILED.equals(e.code())) {
                throw e;
            }
            // A concurrent request committed the same submission, phone or mark first: look again.
            return graph.write(tx -> attempt(tx, candidates, alongside));
        }
    }

    private List<IngestResult> attempt(Graph.Tx tx, List<SubmissionCandidate> candidates, AlongsideBatch alongside) {
        List<IngestResult> results = new BatchWriter(tx, geocoding, areas, this::toJson).write(candidates, this::fromJson);
        alongside.run(tx, results);
        return results;
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
