package org.linkmap.service.imports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Where a bulk import stands: {@code processed} lines read so far and what became of them. {@code errors}
 * lists rejected lines (counted from 1) with the reason, up to a limit past which {@code errorsOmitted}
 * counts the rest. {@code lines}, when asked for, says what became of every line.
 */
public record ImportReport(
        String importId,
        State state,
        String format,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        long processed,
        long accepted,
        long duplicates,
        long rejected,
        List<LineError> errors,
        long errorsOmitted,
        String message,
        List<Line> lines) {

    public enum State { RUNNING, DONE, FAILED }

    public record LineError(long line, String message) {
    }

    /** One line's outcome: ACCEPTED or DUPLICATE with the submission it is, or REJECTED with the reason. */
    public record Line(long line, String outcome, String submissionId, String message) {
    }
}
