package org.linkmap.service.imports;

import java.util.ArrayList;
import java.util.List;

import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.web.InvalidRequest;

/**
 * What an import has done so far. A batch works on a copy, which replaces the tally only once the batch has
 * committed, so the counts always match what is stored.
 */
final class ImportTally {

    /** Rejected lines listed in a report; past this many only their number is kept. */
    static final int MAX_ERRORS = 1000;

    long processed;
    long accepted;
    long duplicates;
    long rejected;
    final List<LineError> errors = new ArrayList<>();
    long errorsOmitted;

    ImportTally copy() {
        ImportTally copy = new ImportTally();
        copy.processed = processed;
        copy.accepted = accepted;
        copy.duplicates = duplicates;
        copy.rejected = rejected;
        copy.errors.addAll(errors);
        copy.errorsOmitted = errorsOmitted;
        return copy;
    }

    void reject(long line, String message) {
        rejected++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(new LineError(line, message));
        } else {
            errorsOmitted++;
        }
    }

    /** A refusal as one line of text: every field error, or the reason. */
    static String reason(RuntimeException refusal) {
        if (refusal instanceof InvalidRequest invalid) {
            return String.join("; ", invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
        }
        return refusal.getMessage();
    }
}
