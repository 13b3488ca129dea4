package org.linkmap.service.imports;

import org.linkmap.service.ingest.SubmissionCandidate;

/** A line that passed validation, waiting for its batch. */
record PendingLine(long line, SubmissionCandidate candidate) {
}
