package org.linkmap.service.ingest;

import java.util.Map;

/**
 * What intake answers: the submission's id and, for each ref the submitter used, the id of the node it
 * became (new or already known).
 */
public record SubmissionReceipt(
        String submissionId,
        String submissionRef,
        Map<String, String> entities,
        Map<String, String> incidents) {
}
