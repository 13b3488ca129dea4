package org.linkmap.service.imports;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.imports.ImportReport.State;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;

/**
 * An import's report from its {@code :Import} node. An import still RUNNING that has not recorded progress for
 * {@code linkmap.import.stale-after} is reported FAILED: the instance running it was stopped, and nothing will
 * finish it; the report says how to resume.
 */
final class ImportReports {

    private final Graph graph;
    private final Duration staleAfter;

    ImportReports(Graph graph, Duration staleAfter) {
        this.graph = graph;
        this.staleAfter = staleAfter;
    }

    /** The import's report, or null when there is none this user may see (only the user who started it may). */
    ImportReport find(String id, String username, boolean withLines) {
        return graph.read(tx -> tx.optional("imports/find-import", Map.of("id", id), r -> r)
                .filter(r -> r.get("startedBy").asString().equals(username))
                .map(r -> report(r, withLines ? tx.list("imports/find-import-lines", Map.of("id", id),
                        line -> new ImportReport.Line(line.get("line").asLong(), line.get("outcome").asString(),
                                line.get("submissionId").asString(), null)) : null))
                .orElse(null));
    }

    /** Whether an import in {@code state} that last recorded progress at {@code updatedAt} has stopped for good. */
    static boolean isStale(State state, OffsetDateTime updatedAt, OffsetDateTime now, Duration staleAfter) {
        return state == State.RUNNING && updatedAt.isBefore(now.minus(staleAfter));
    }

    static String stoppedReporting(OffsetDateTime updatedAt, long processed) {
        return "The import stopped reporting progress at " + updatedAt + "; the service was probably restarted. " + interrupted(processed);
    }

    /** How to finish an import that stopped after {@code processed} lines. */
    static String interrupted(long processed) {
        return "The first " + processed + " lines were committed; send the file again to finish: lines already taken are"
                + " reported as duplicates.";
    }

    private ImportReport report(Record r, List<ImportReport.Line> stored) {
        List<LineError> errors = errors(r);
        State state = State.valueOf(r.get("state").asString());
        String message = r.get("message").isNull() ? null : r.get("message").asString();
        OffsetDateTime updatedAt = r.get("updatedAt").asOffsetDateTime();
        long processed = r.get("processed").asLong();
        if (isStale(state, updatedAt, OffsetDateTime.now(), staleAfter)) {
            state = State.FAILED;
            message = stoppedReporting(updatedAt, processed);
        }
        return new ImportReport(r.get("id").asString(), state, r.get("format").asString(), r.get("startedAt").asOffsetDateTime(),
                r.get("finishedAt").isNull() ? null : r.get("finishedAt").asOffsetDateTime(), processed, r.get("accepted").asLong(),
                r.get("duplicates").asLong(), r.get("rejected").asLong(), errors, r.get("errorsOmitted").asLong(), message,
                stored == null ? null : lines(stored, errors));
    }

    private static List<LineError> errors(Record r) {
        List<Long> errorLines = r.get("errorLines").asList(v -> v.asLong());
        List<String> errorMessages = r.get("errorMessages").asList(v -> v.asString());
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < errorLines.size(); i++) {
            errors.add(new LineError(errorLines.get(i), errorMessages.get(i)));
        }
        return errors;
    }

    /** Every line's outcome in line order: the stored ones and the rejected ones. */
    static List<ImportReport.Line> lines(List<ImportReport.Line> stored, List<LineError> errors) {
        List<ImportReport.Line> lines = new ArrayList<>(stored);
        for (LineError error : errors) {
            lines.add(new ImportReport.Line(error.line(), "REJECTED", null, error.message()));
        }
        lines.sort(Comparator.comparingLong(ImportReport.Line::line));
        return lines;
    }
}
