package org.linkmap.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;

import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.ingest.SubmissionIntake;
import org.linkmap.service.web.Forbidden;
import org.linkmap.service.web.InvalidRequest;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and validates an import's file into chunks of up to a batch of valid lines, on its own thread, so that
 * validation runs while the database writes. A line refused by validation is reported in the file's terms.
 */
final class ImportReader {

    private final SubmissionIntake intake;
    private final ObjectMapper json;
    private final int batchSize;

    ImportReader(SubmissionIntake intake, ObjectMapper json, int batchSize) {
        this.intake = intake;
        this.json = json;
        this.batchSize = batchSize;
    }

    /** The lines of a file in its format. */
    Iterator<ImportLine> lines(BufferedReader file, Imports.Format format) throws IOException {
        return format == Imports.Format.CSV ? new CsvLines(file, json) : new NdjsonLines(file);
    }

    /** Puts the job's file into {@code chunks}, the last marked so; a failure to read ends it as a failed chunk. */
    void read(Imports.Job job, BlockingQueue<ImportChunk> chunks) {
        try (BufferedReader file = Files.newBufferedReader(job.file(), StandardCharsets.UTF_8)) {
            Iterator<ImportLine> lines = lines(file, job.format());
            List<PendingLine> valid = new ArrayList<>();
            List<LineError> rejected = new ArrayList<>();
            long count = 0;
            while (lines.hasNext()) {
                ImportLine line = lines.next();
                count++;
                validate(job, line, valid, rejected);
                if (valid.size() == batchSize || rejected.size() == batchSize) {
                    chunks.put(new ImportChunk(count, valid, rejected, false, null));
                    valid = new ArrayList<>();
                    rejected = new ArrayList<>();
                    count = 0;
                }
            }
            chunks.put(new ImportChunk(count, valid, rejected, true, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                chunks.put(ImportChunk.failed(e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e)));
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void validate(Imports.Job job, ImportLine line, List<PendingLine> valid, List<LineError> rejected) {
        try {
            if (line.problem() != null) {
                throw line.problem();
            }
            valid.add(new PendingLine(line.number(), intake.prepare(line.body(), job.agencyAllowed()), line.inFileTerms()));
        } catch (InvalidRequest e) {
            rejected.add(new LineError(line.number(), ImportTally.reason(line.inFileTerms().apply(e))));
        } catch (Forbidden e) {
            rejected.add(new LineError(line.number(), ImportTally.reason(e)));
        }
    }
}
