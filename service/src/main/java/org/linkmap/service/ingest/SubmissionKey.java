package org.linkmap.service.ingest;

/** The idempotency key of a submission as stored on its node: the agency and its reference, joined by a bar. */
final class SubmissionKey {

    private SubmissionKey() {
    }

    static String of(String agency, String submissionRef) {
        return agency + "|" + submissionRef;
    }
}
