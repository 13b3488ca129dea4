package org.linkmap.service.ingest;

import org.linkmap.model.submission.Submission;

/**
 * A valid submission ready to ingest.
 *
 * @param contentHash a hash of the submission's content, to tell a repeat from a conflicting reuse of its ref
 * @param body        the submission as received, kept for {@code GET /api/submissions/{id}}
 */
public record SubmissionCandidate(Submission submission, String contentHash, String body) {

    /** The idempotency key: the agency and its reference for the submission. */
    String key() {
        return SubmissionKey.of(submission.agency(), submission.submissionRef());
    }
}
