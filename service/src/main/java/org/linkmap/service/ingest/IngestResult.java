package org.linkmap.service.ingest;

/** What became of one submission offered for ingest. */
public sealed interface IngestResult {

    /** Stored now ({@code created}) or found already there with the same content. */
    record Stored(SubmissionReceipt receipt, boolean created) implements IngestResult {
    }

    /** Refused, with the reason as the API would answer it; nothing of it was written. */
    record Refused(RuntimeException reason) implements IngestResult {
    }
}
