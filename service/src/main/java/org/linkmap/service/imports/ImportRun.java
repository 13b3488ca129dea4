package org.linkmap.service.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.imports.ImportReport.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import from start to end: the reader stays a chunk or two ahead while each chunk's valid lines are
 * committed; the import ends DONE, or FAILED with how far it got and how to finish it. The spooled file is
 * deleted either way.
 */
final class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private final Imports.Job job;
    private final ImportReader reader;
    private final ImportCommits commits;
    private final ExecutorService readerThread;
    private ImportTally tally = new ImportTally();

    ImportRun(Imports.Job job, ImportReader reader, ImportCommits commits, ExecutorService readerThread) {
        this.job = job;
        this.reader = reader;
        this.commits = commits;
        this.readerThread = readerThread;
    }

    void run() {
        long started = System.nanoTime();
        long lastLog = started;
        BlockingQueue<ImportChunk> chunks = new ArrayBlockingQueue<>(2);
        Future<?> reading = readerThread.submit(() -> reader.read(job, chunks));
        try {
            for (ImportChunk chunk = chunks.take(); ; chunk = chunks.take()) {
                take(chunk);
                if (chunk.last()) {
                    break;
                }
                if (System.nanoTime() - lastLog > LOG_EVERY.toNanos()) {
                    lastLog = System.nanoTime();
                    log.info("Import {}: {}", job.id(), summary(started));
                }
            }
            commits.record(job.id(), tally, State.DONE, null);
            log.info("Import {}: done, {}", job.id(), summary(started));
        } catch (InterruptedException e) {
            fail("The service was stopped during the import. " + ImportReports.interrupted(tally.processed));
        } catch (RuntimeException e) {
            log.error("Import {} failed", job.id(), e);
            fail("The import failed after line " + tally.processed + ": " + e.getMessage() + ". "
                    + ImportReports.interrupted(tally.processed));
        } finally {
            reading.cancel(true);
            deleteSpooledFile();
            job.ended().run();
        }
    }

    private void take(ImportChunk chunk) {
        if (chunk.failure() != null) {
            throw chunk.failure();
        }
        tally.processed += chunk.lines();
        for (LineError rejected : chunk.rejected()) {
            tally.reject(rejected.line(), rejected.message());
        }
        tally = commits.commit(job.id(), chunk.valid(), tally);
    }

    private void fail(String message) {
        try {
            commits.record(job.id(), tally, State.FAILED, message);
        } catch (RuntimeException e) {
            log.error("Import {}: could not record that it failed", job.id(), e);
        }
    }

    private String summary(long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format("%d lines, %d accepted, %d duplicates, %d rejected, %.0f lines/s",
                tally.processed, tally.accepted, tally.duplicates, tally.rejected, tally.processed / Math.max(seconds, 1e-3));
    }

    private void deleteSpooledFile() {
        try {
            Files.deleteIfExists(job.file());
        } catch (IOException e) {
            log.warn("Import {}: could not delete the spooled file {}", job.id(), job.file());
        }
    }
}
