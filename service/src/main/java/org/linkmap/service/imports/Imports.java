package org.linkmap.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import jakarta.annotation.PreDestroy;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.imports.ImportReport.State;
import org.linkmap.service.ingest.SubmissionIngest;
import org.linkmap.service.ingest.SubmissionIngest.Candidate;
import org.linkmap.service.ingest.SubmissionIngest.Result;
import org.linkmap.service.ingest.SubmissionIntake;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Forbidden;
import org.linkmap.service.web.InvalidRequest;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Bulk imports: a file of submissions (NDJSON, or the incident CSV layout) read line by line from a spooled
 * copy, validated line by line, and ingested in batches of {@code linkmap.import.batch-size}, each batch in
 * one transaction together with the import's progress. A rejected line writes nothing and does not stop the
 * import. Imports run one at a time on a worker thread; their state lives in the graph as an {@code :Import}
 * node, so any instance can report it and nothing is lost from memory.
 */
@Component
public class Imports {

    private static final Logger log = LoggerFactory.getLogger(Imports.class);
    /** Rejected lines listed in a report; past this many only their number is kept. */
    static final int MAX_ERRORS = 1000;
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    public enum Format { NDJSON, CSV }

    private final SubmissionIntake intake;
    private final SubmissionIngest ingest;
    private final Graph graph;
    private final ObjectMapper json;
    private final int batchSize;
    private final Duration staleAfter;
    private final InstanceName instance;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(named("linkmap-import"));
    private final ExecutorService reader = Executors.newSingleThreadExecutor(named("linkmap-import-reader"));

    Imports(SubmissionIntake intake, SubmissionIngest ingest, Graph graph, ObjectMapper json,
            @Value("${linkmap.import.batch-size:200}") int batchSize,
            @Value("${linkmap.import.stale-after:10m}") Duration staleAfter, InstanceName instance) {
        this.instance = instance;
        this.intake = intake;
        this.ingest = ingest;
        this.graph = graph;
        this.json = json;
        this.batchSize = batchSize;
        this.staleAfter = staleAfter;
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
        return worker.submit(() -> run(job));
    }

    private void checkReadable(Job job) {
        try (BufferedReader reader = Files.newBufferedReader(job.file(), StandardCharsets.UTF_8)) {
            if (job.format() == Format.CSV) {
                new CsvLines(reader, json);
                return;
            }
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    return;
                }
            }
            throw new InvalidRequest("body", "is empty: send one submission per line");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The import's report, or null when there is none this user may see (only the user who started it may). */
    ImportReport find(String id, String username, boolean withLines) {
        return graph.read(tx -> tx.optional("imports/find-import", Map.of("id", id), r -> r)
                .filter(r -> r.get("startedBy").asString().equals(username))
                .map(r -> report(r, withLines ? tx.list("imports/find-import-lines", Map.of("id", id),
                        line -> new ImportReport.Line(line.get("line").asLong(), line.get("outcome").asString(),
                                line.get("submissionId").asString(), null)) : null))
                .orElse(null));
    }

    private ImportReport report(Record r, List<ImportReport.Line> stored) {
        List<Long> errorLines = r.get("errorLines").asList(v -> v.asLong());
        List<String> errorMessages = r.get("errorMessages").asList(v -> v.asString());
        List<LineError> errors = new ArrayList<>();
        for (int i = 0; i < errorLines.size(); i++) {
            errors.add(new LineError(errorLines.get(i), errorMessages.get(i)));
        }
        State state = State.valueOf(r.get("state").asString());
        String message = r.get("message").isNull() ? null : r.get("message").asString();
        OffsetDateTime updatedAt = r.get("updatedAt").asOffsetDateTime();
        long processed = r.get("processed").asLong();
        if (state == State.RUNNING && updatedAt.isBefore(OffsetDateTime.now().minus(staleAfter))) {
            state = State.FAILED;
            message = "The import stopped reporting progress at " + updatedAt + "; the service was probably restarted. "
                    + interrupted(processed);
        }
        List<ImportReport.Line> lines = null;
        if (stored != null) {
            lines = new ArrayList<>(stored);
            for (LineError error : errors) {
                lines.add(new ImportReport.Line(error.line(), "REJECTED", null, error.message()));
            }
            lines.sort(java.util.Comparator.comparingLong(ImportReport.Line::line));
        }
        return new ImportReport(r.get("id").asString(), state, r.get("format").asString(), r.get("startedAt").asOffsetDateTime(),
                r.get("finishedAt").isNull() ? null : r.get("finishedAt").asOffsetDateTime(), processed, r.get("accepted").asLong(),
                r.get("duplicates").asLong(), r.get("rejected").asLong(), errors, r.get("errorsOmitted").asLong(), message, lines);
    }

    private static String interrupted(long processed) {
        return "The first " + processed + " lines were committed; send the file again to finish: lines already taken are"
                + " reported as duplicates.";
    }

    // ---- the worker ------------------------------------------------------------------------------------

    /** What an import has done so far; a copy is written with each batch. */
    private static final class Tally {
        long processed;
        long accepted;
        long duplicates;
        long rejected;
        final List<LineError> errors = new ArrayList<>();
        long errorsOmitted;

        Tally copy() {
            Tally copy = new Tally();
            copy.processed = processed;
            copy.accepted = accepted;
            copy.duplicates = duplicates;
            copy.rejected = rejected;
            copy.errors.addAll(errors);
            copy.errorsOmitted = errorsOmitted;
            return copy;
        }

        void reject(long line, String message) {
            rejected++;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new LineError(line, message));
            } else {
                errorsOmitted++;
            }
        }
    }

    /** A line that passed validation, waiting for its batch. */
    private record Pending(long line, Candidate candidate) {
    }

    /**
     * One line of the file: the submission's JSON, or why it cannot be one; and how to say a validation
     * error in the file's own terms (a CSV column rather than a JSON field).
     */
    private record Line(long number, String body, RuntimeException problem, UnaryOperator<InvalidRequest> inFileTerms) {
    }

    /**
     * Lines read and validated, ready to commit: the valid ones, and those rejected on the way. The reader
     * stays a chunk or two ahead of the writer, so that validation runs while the database writes.
     */
    private record Chunk(long lines, List<Pending> valid, List<LineError> rejected, boolean last, RuntimeException failure) {
    }

    private void run(Job job) {
        Tally tally = new Tally();
        long started = System.nanoTime();
        long lastLog = started;
        BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);
        Future<?> reading = reader.submit(() -> read(job, chunks));
        try {
            for (Chunk chunk = chunks.take(); ; chunk = chunks.take()) {
                if (chunk.failure() != null) {
                    throw chunk.failure();
                }
                tally.processed += chunk.lines();
                for (LineError rejected : chunk.rejected()) {
                    tally.reject(rejected.line(), rejected.message());
                }
                tally = commit(job, chunk.valid(), tally);
                if (chunk.last()) {
                    break;
                }
                if (System.nanoTime() - lastLog > LOG_EVERY.toNanos()) {
                    lastLog = System.nanoTime();
                    log.info("Import {}: {}", job.id(), summary(tally, started));
                }
            }
            record(job, tally, State.DONE, null, List.of());
            log.info("Import {}: done, {}", job.id(), summary(tally, started));
        } catch (InterruptedException e) {
            fail(job, tally, "The service was stopped during the import. " + interrupted(tally.processed));
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            fail(job, tally, "The import failed after line " + tally.processed + ": " + e.getMessage() + ". " + interrupted(tally.processed));
        } finally {
            reading.cancel(true);
            try {
                Files.deleteIfExists(job.file());
            } catch (IOException e) {
                log.warn("Import {}: could not delete the spooled file {}", job.id(), job.file());
            }
            job.ended().run();
        }
    }

    /** Reads and validates the file into chunks of up to a batch of valid lines; the last chunk says so. */
    private void read(Job job, BlockingQueue<Chunk> chunks) {
        try (BufferedReader file = Files.newBufferedReader(job.file(), StandardCharsets.UTF_8)) {
            Iterator<Line> lines = job.format() == Format.CSV ? new CsvLines(file, json) : new NdjsonLines(file);
            List<Pending> valid = new ArrayList<>();
            List<LineError> rejected = new ArrayList<>();
            long count = 0;
            while (lines.hasNext()) {
                Line line = lines.next();
                count++;
                try {
                    if (line.problem() != null) {
                        throw line.problem();
                    }
                    valid.add(new Pending(line.number(), intake.prepare(line.body(), job.agencyAllowed())));
                } catch (InvalidRequest e) {
                    rejected.add(new LineError(line.number(), reason(line.inFileTerms().apply(e))));
                } catch (Forbidden e) {
                    rejected.add(new LineError(line.number(), reason(e)));
                }
                if (valid.size() == batchSize || rejected.size() == batchSize) {
                    chunks.put(new Chunk(count, valid, rejected, false, null));
                    valid = new ArrayList<>();
                    rejected = new ArrayList<>();
                    count = 0;
                }
            }
            chunks.put(new Chunk(count, valid, rejected, true, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                chunks.put(new Chunk(0, List.of(), List.of(), true,
                        e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e)));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void fail(Job job, Tally tally, String message) {
        try {
            record(job, tally, State.FAILED, message, List.of());
        } catch (RuntimeException e) {
            log.error("Import {}: could not record that it failed", job.id(), e);
        }
    }

    private static String summary(Tally tally, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format("%d lines, %d accepted, %d duplicates, %d rejected, %.0f lines/s",
                tally.processed, tally.accepted, tally.duplicates, tally.rejected, tally.processed / Math.max(seconds, 1e-3));
    }

    /**
     * Ingests a batch and records the import's progress in the same transaction, so the counts always match
     * what is committed. If the database refuses the batch, its lines are tried one by one, so one line the
     * database cannot store does not cost the others.
     */
    private Tally commit(Job job, List<Pending> batch, Tally before) {
        if (batch.isEmpty()) {
            return before;
        }
        AtomicReference<Tally> after = new AtomicReference<>();
        try {
            ingest.ingestAll(batch.stream().map(Pending::candidate).toList(), (tx, results) -> {
                Tally tally = before.copy();
                List<Map<String, Object>> lines = tally(tally, batch, results);
                recordIn(tx, job, tally, State.RUNNING, null, lines);
                after.set(tally);
            });
            return after.get();
        } catch (ClientException e) {
            if (batch.size() == 1) {
                log.warn("Import {}: line {} refused by the database: {}", job.id(), batch.get(0).line(), e.getMessage());
                Tally tally = before.copy();
                tally.reject(batch.get(0).line(), "could not be stored: the database refused it (" + e.code() + ")");
                return tally;
            }
            Tally tally = before;
            for (Pending line : batch) {
                tally = commit(job, List.of(line), tally);
            }
            return tally;
        }
    }

    private static List<Map<String, Object>> tally(Tally tally, List<Pending> batch, List<Result> results) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            long line = batch.get(i).line();
            if (results.get(i) instanceof Result.Stored stored) {
                if (stored.created()) {
                    tally.accepted++;
                } else {
                    tally.duplicates++;
                }
                lines.add(Map.of("line", line, "outcome", stored.created() ? "ACCEPTED" : "DUPLICATE",
                        "submissionId", stored.receipt().submissionId()));
            } else {
                tally.reject(line, reason(((Result.Refused) results.get(i)).reason()));
            }
        }
        return lines;
    }

    private void record(Job job, Tally tally, State state, String message, List<Map<String, Object>> lines) {
        graph.write(tx -> {
            recordIn(tx, job, tally, state, message, lines);
            return null;
        });
    }

    private static void recordIn(Graph.Tx tx, Job job, Tally tally, State state, String message, List<Map<String, Object>> lines) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", job.id());
        p.put("state", state.name());
        p.put("processed", tally.processed);
        p.put("accepted", tally.accepted);
        p.put("duplicates", tally.duplicates);
        p.put("rejected", tally.rejected);
        p.put("errorLines", tally.errors.stream().map(LineError::line).toList());
        p.put("errorMessages", tally.errors.stream().map(LineError::message).toList());
        p.put("errorsOmitted", tally.errorsOmitted);
        p.put("message", message);
        p.put("lines", lines);
        tx.run("imports/record-progress", p);
    }

    /** A refusal as one line of text: every field error, or the reason. */
    static String reason(RuntimeException refusal) {
        if (refusal instanceof InvalidRequest invalid) {
            return String.join("; ", invalid.errors().stream().map(e -> e.field() + ": " + e.message()).toList());
        }
        return refusal.getMessage();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @PreDestroy
    void stop() throws InterruptedException {
        reader.shutdownNow();
        worker.shutdownNow();
        if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
            log.warn("An import was still running at shutdown");
        }
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
        } catch (java.util.concurrent.ExecutionException e) {
            return true;
        }
    }

    // ---- reading the file --------------------------------------------------------------------------------

    /** NDJSON: each non-blank line is one submission; blank lines are skipped but counted. */
    private static final class NdjsonLines implements Iterator<Line> {
        private final BufferedReader reader;
        private long number;
        private String next;

        NdjsonLines(BufferedReader reader) {
            this.reader = reader;
            advance();
        }

        private void advance() {
            try {
                do {
                    next = reader.readLine();
                    number++;
                } while (next != null && next.isBlank());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Line next() {
            Line line = new Line(number, next, null, UnaryOperator.identity());
            advance();
            return line;
        }
    }

    /**
     * The incident CSV layout: the first record is the header; each later record is one submission, numbered
     * as its record (the header is 1), which is its line unless a quoted field spans lines.
     */
    private static final class CsvLines implements Iterator<Line> {
        private final Iterator<CSVRecord> records;
        private final IncidentCsv layout;

        CsvLines(BufferedReader reader, ObjectMapper json) throws IOException {
            CSVParser parser = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get().parse(reader);
            this.records = parser.iterator();
            if (!records.hasNext()) {
                throw new InvalidRequest("body", "is empty: send a header row and one row per incident");
            }
            List<String> header = new ArrayList<>(records.next().toList());
            if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
                header.set(0, header.get(0).substring(1));
            }
            this.layout = new IncidentCsv(header, json);
        }

        @Override
        public boolean hasNext() {
            return records.hasNext();
        }

        @Override
        public Line next() {
            CSVRecord record = records.next();
            try {
                IncidentCsv.Row row = layout.toSubmission(record);
                return new Line(record.getRecordNumber(), row.json(), null, row::inColumns);
            } catch (InvalidRequest e) {
                return new Line(record.getRecordNumber(), null, e, UnaryOperator.identity());
            }
        }
    }
}
