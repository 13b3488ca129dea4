package org.linkmap.service.imports;

import java.util.function.UnaryOperator;

import org.linkmap.service.ingest.SubmissionCandidate;
import org.linkmap.service.web.InvalidRequest;

/**
 * A line that passed validation, waiting for its batch, with how to say a field error in the file's terms: the
 * batch may still refuse it (an unknown postcode, an id that names no node), and the report must then name the
 * CSV column the user wrote, not the internal submission's JSON path.
 */
record PendingLine(long line, SubmissionCandidate candidate, UnaryOperator<InvalidRequest> inFileTerms) {

    /** A refusal of this line as one line of text, in the file's terms. */
    String reason(RuntimeException refusal) {
        return ImportTally.reason(refusal instanceof InvalidRequest invalid ? inFileTerms.apply(invalid) : refusal);
    }
}
