package org.linkmap.service.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import jakarta.annotation.PreDestroy;

import org.linkmap.service.ingest.SubmissionIngest;
import org.linkmap.service.ingest.SubmissionIntake;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bulk imports: a file of submissions (NDJSON, or the incident CSV layout) read line by line from a spooled
 * copy, validated line by line, and ingested in batches of {@code linkmap.import.batch-size}, each batch in
 * one transaction together with the import's progress. A rejected line writes nothing and does not stop the
 * import. Imports run one at a time on a worker thread ({@link ImportRun}); their state lives in the graph as an
 * {@code :Import} node, so any instance can report it and nothing is lost from memory.
 */
@Component
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    public enum Format { NDJSON, CSV }

    private final Graph graph;
    private final ObjectMapper json;
    private final ImportReader reader;
    private final ImportCommits commits;
    private final ImportReports reports;
    private final InstanceName instance;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(named("linkmap-import"));
    private final ExecutorService reading = Executors.newSingleThreadExecutor(named("linkmap-import-reader"));

    Imports(SubmissionIntake intake, SubmissionIngest ingest, Graph graph, ObjectMapper json,
            @Value("${linkmap.import.batch-size:200}") int batchSize,
            @Value("${linkmap.import.stale-after:10m}") Duration staleAfter, InstanceName instance) {
        this.instance = instance;
        this.graph = graph;
        this.json = json;
        this.reader = new ImportReader(intake, json, batchSize);
        this.commits = new ImportCommits(ingest, graph);
        this.reports = new ImportReports(graph, staleAfter);
    }

    /**
     * An import to run: the spooled file, who sent it, for which agencies they may submit, and what to do when
     * it has ended (whichever way).
     */
    record Job(String id, Path file, Format format, String startedBy, Predicate<String> agencyAllowed, Runnable ended) {
    }

    /**
     * Checks the file can be read as {@code format} (for CSV, that its header is the documented layout),
     * records the import and starts it.
     *
     * @return the running import, to wait on
     * @throws InvalidRequest when the file is empty or its header is not the layout (nothing is recorded)
     */
    Future<?> start(Job job) {
        checkReadable(job);
        graph.write(tx -> {
            tx.run("imports/create-import", Map.of("id", job.id(), "format", job.format().name(), "startedBy", job.startedBy(),
                    "instance", instance.value()));
            return null;
        });
        log.info("Import {}: started by {}, {}", job.id(), job.startedBy(), job.format());
        return worker.submit(() -> new ImportRun(job, reader, commits, reading).run());
    }

    private void checkReadable(Job job) {
        try (ImportLines lines = reader.lines(job.file(), job.format())) {
            if (job.format() == Format.NDJSON && !lines.hasNext()) {
                throw new InvalidRequest("body", "is empty: send one submission per line");
            }
        } catch (IOException | UncheckedIOException e) {
            if (ImportReader.notUtf8(e)) {
                throw new InvalidRequest("body", ImportReader.NOT_UTF8);
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (UncheckedIOException) e;
        }
    }

    /** The import's report, or null when there is none this user may see (only the user who started it may). */
    ImportReport find(String id, String username, boolean withLines) {
        return reports.find(id, username, withLines);
    }

    /** Waits up to {@code wait} for an import to finish; true if it did. */
    static boolean finishesWithin(Future<?> running, Duration wait) {
        try {
            running.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    private static ThreadFactory named(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() throws InterruptedException {
        reading.shutdownNow();
        worker.shutdownNow();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("An import was still running at shutdown");
        }
    }
}
