package org.linkmap.service.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.imports.ImportReport.State;
import org.linkmap.service.ingest.IngestResult;
import org.linkmap.service.ingest.SubmissionIngest;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits an import's batches: each batch is ingested and the import's progress recorded in the same
 * transaction, so the counts always match what is committed. If the database refuses a batch, its lines are
 * tried one by one, so one line the database cannot store does not cost the others.
 */
class ImportCommits {

    private static final Logger log = LoggerFactory.getLogger(ImportCommits.class);

    private final SubmissionIngest ingest;
    private final Graph graph;

    ImportCommits(SubmissionIngest ingest, Graph graph) {
        this.ingest = ingest;
        this.graph = graph;
    }

    /** The tally after committing {@code batch}; {@code before} is left as it was. */
    ImportTally commit(String importId, List<PendingLine> batch, ImportTally before) {
        if (batch.isEmpty()) {
            return before;
        }
        AtomicReference<ImportTally> after = new AtomicReference<>();
        try {
            ingest(batch, (tx, results) -> {
                ImportTally tally = before.copy();
                List<Map<String, Object>> lines = count(tally, batch, results);
                recordProgress(tx, importId, tally, State.RUNNING, null, lines);
                after.set(tally);
            });
            return after.get();
        } catch (ClientException e) {
            if (batch.size() == 1) {
                log.warn("Import {}: line {} refused by the database: {}", importId, batch.get(0).line(), e.getMessage());
                ImportTally tally = before.copy();
                tally.reject(batch.get(0).line(), "could not be stored: the database refused it (" + e.code() + ")");
                return tally;
            }
            ImportTally tally = before;
            for (PendingLine line : batch) {
                tally = commit(importId, List.of(line), tally);
            }
            return tally;
        }
    }

    /** Ingests the batch's submissions with {@code alongside} in the same transaction; a seam for the retry's tests. */
    void ingest(List<PendingLine> batch, SubmissionIngest.AlongsideBatch alongside) {
        ingest.ingestAll(batch.stream().map(PendingLine::candidate).toList(), alongside);
    }

    /** Records the import's state and tally in a transaction of its own. */
    void record(String importId, ImportTally tally, State state, String message) {
        graph.write(tx -> {
            recordProgress(tx, importId, tally, state, message, List.of());
            return null;
        });
    }

    private static List<Map<String, Object>> count(ImportTally tally, List<PendingLine> batch, List<IngestResult> results) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            PendingLine pending = batch.get(i);
            if (results.get(i) instanceof IngestResult.Stored stored) {
                if (stored.created()) {
                    tally.accepted++;
                } else {
                    tally.duplicates++;
                }
                lines.add(Map.of("line", pending.line(), "outcome", stored.created() ? "ACCEPTED" : "DUPLICATE",
                        "submissionId", stored.receipt().submissionId()));
            } else {
                tally.reject(pending.line(), pending.reason(((IngestResult.Refused) results.get(i)).reason()));
            }
        }
        return lines;
    }

    /** Records the import's state, tally and the lines just stored, in {@code tx}; a seam for the retry's tests. */
    void recordProgress(Graph.Tx tx, String importId, ImportTally tally, State state, String message,
                        List<Map<String, Object>> lines) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", importId);
        p.put("state", state.name());
        p.put("processed", tally.processed);
        p.put("accepted", tally.accepted);
        p.put("duplicates", tally.duplicates);
        p.put("rejected", tally.rejected);
        p.put("errorLines", tally.errors.stream().map(LineError::line).toList());
        p.put("errorMessages", tally.errors.stream().map(LineError::message).toList());
        p.put("errorsOmitted", tally.errorsOmitted);
        p.put("message", message);
        p.put("lines", lines);
        tx.run("imports/record-progress", p);
    }
}
