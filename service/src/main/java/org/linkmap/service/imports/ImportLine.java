package org.linkmap.service.imports;

import java.util.function.UnaryOperator;

import org.linkmap.service.web.InvalidRequest;

/**
 * One line of an import file: the submission's JSON, or why it cannot be one; and how to say a field error in
 * the file's own terms (a CSV column rather than a JSON path), wherever the error is found.
 *
 * @param number the line's number in the file, counted from 1
 */
record ImportLine(long number, String body, RuntimeException problem, UnaryOperator<InvalidRequest> inFileTerms) {

    /** A line whose JSON paths are the file's own (NDJSON). */
    static ImportLine asIs(long number, String body) {
        return new ImportLine(number, body, null, UnaryOperator.identity());
    }

    /** A line that could not be made into a submission. */
    static ImportLine unreadable(long number, RuntimeException problem) {
        return new ImportLine(number, null, problem, UnaryOperator.identity());
    }
}
