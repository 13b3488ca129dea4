package org.linkmap.service.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.linkmap.service.audit.AuditTrail;
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
 * {@link SubmissionIntake}, one submission per line. Submissions are idempotent, so starting again on the same
 * data directory finds them already there and changes nothing.
 */
@Component
@ConditionalOnProperty(name = "linkmap.demo", havingValue = "true")
@Order(1)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String FILE = "demo/demo-submissions.ndjson";

    private final SubmissionIntake intake;
    private final AuditTrail audit;

    DemoData(SubmissionIntake intake, AuditTrail audit) {
        this.intake = intake;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        int created = 0;
        int lines = 0;
        try (var reader = new BufferedReader(new InputStreamReader(
                DemoData.class.getClassLoader().getResourceAsStream(FILE), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    lines++;
                    created += intake.accept(line, agency -> true).created() ? 1 : 0;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("DEMO_LOAD", null);
        log.info("Demo data: {} submissions, {} new, in {} ms", lines, created, (System.nanoTime() - started) / 1_000_000);
    }
}
