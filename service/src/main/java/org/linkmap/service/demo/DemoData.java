package org.linkmap.service.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.ingest.IngestResult;
import org.linkmap.service.ingest.SubmissionCandidate;
import org.linkmap.service.ingest.SubmissionIngest;
import org.linkmap.service.ingest.SubmissionIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/demo-submissions.ndjson} (made by {@code tools/demo-data/make_demo_submissions.py}) through
 * {@link SubmissionIntake}'s validation and {@link SubmissionIngest} in batches, as a bulk import does. Submissions are idempotent, so starting again on the same
 * data directory finds them already there and changes nothing.
 */
@Component
@ConditionalOnProperty(name = "linkmap.demo", havingValue = "true")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String FILE = "demo/demo-submissions.ndjson";

    private static final int BATCH = 20;

    private final SubmissionIntake intake;
    private final SubmissionIngest ingest;
    private final AuditTrail audit;

    DemoData(SubmissionIntake intake, SubmissionIngest ingest, AuditTrail audit) {
        this.intake = intake;
        this.ingest = ingest;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        List<SubmissionCandidate> candidates = new ArrayList<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                DemoData.class.getClassLoader().getResourceAsStream(FILE), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    candidates.add(intake.prepare(line, agency -> true));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long created = 0;
        for (int from = 0; from < candidates.size(); from += BATCH) {
            created += ingest.ingestAll(candidates.subList(from, Math.min(from + BATCH, candidates.size()))).stream().filter(r -> r instanceof IngestResult.Stored stored && stored.created()).count();
        }
        audit.record("DEMO_LOAD", null);
        log.info("Demo data: {} submissions, {} new, in {} ms", candidates.size(), created, (System.nanoTime() - started) / 1_000_000);
    }
}
