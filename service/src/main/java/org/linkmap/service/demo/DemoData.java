package org.linkmap.service.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.ingest.IngestResult;
import org.linkmap.service.ingest.SubmissionCandidate;
import org.linkmap.service.ingest.SubmissionIngest;
import org.linkmap.service.ingest.SubmissionIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.DependsOn;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads {@code demo/demo-submissions.ndjson} (made by {@code tools/demo-data/make_demo_submissions.py}) through
 * {@link SubmissionIntake}'s validation and {@link SubmissionIngest} in batches, as a bulk import does. Submissions are idempotent, so starting again on the same
 * data directory finds them already there and changes nothing.
 *
 * <p>The load begins on a thread of its own as soon as this bean exists (after the graph's schema), while Spring
 * builds the rest of the context and starts the web server; the runner waits for it to end. The web server is
 * answering meanwhile, so readiness is held at REFUSING_TRAFFIC and {@link DemoDataHealth} says OUT_OF_SERVICE
 * until every submission is in: a load balancer, a start-up script or a page then knows the map is not yet
 * complete. Spring Boot publishes ACCEPTING_TRAFFIC once the runners are done.
 */
@Component
@ConditionalOnProperty(name = "linkmap.demo", havingValue = "true")
@DependsOn("graphSchema")
@Order(1)
class DemoData implements InitializingBean, ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String FILE = "demo/demo-submissions.ndjson";

    /** The demo's 84 submissions go in one transaction: each statement planned and committed once (5.0-5.5 s against 6.4-7.0 s in batches of 20). */
    private static final int BATCH = 100;

    private final SubmissionIntake intake;
    private final SubmissionIngest ingest;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final DemoDataHealth health;
    private final CompletableFuture<Void> loaded = new CompletableFuture<>();

    DemoData(SubmissionIntake intake, SubmissionIngest ingest, AuditTrail audit, ApplicationEventPublisher events,
             DemoDataHealth health) {
        this.intake = intake;
        this.ingest = ingest;
        this.audit = audit;
        this.events = events;
        this.health = health;
    }

    @Override
    public void afterPropertiesSet() {
        health.loading(true);
        Thread thread = new Thread(() -> {
            try {
                load();
                loaded.complete(null);
            } catch (Throwable e) {
                loaded.completeExceptionally(e);
            } finally {
                health.loading(false);
            }
        }, "demo-data");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run(ApplicationArguments args) {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        try {
            loaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        }
    }

    private void load() {
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
