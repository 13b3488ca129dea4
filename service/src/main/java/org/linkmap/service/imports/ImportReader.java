package org.linkmap.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** Why a body that is not UTF-8 is refused, said of the body (a 400) or of the file (a failed import). */
    static final String NOT_UTF8 = "is not valid UTF-8; send it encoded as UTF-8";

    private final SubmissionIntake intake;
    private final ObjectMapper json;
    private final int batchSize;

    ImportReader(SubmissionIntake intake, ObjectMapper json, int batchSize) {
        this.intake = intake;
        this.json = json;
        this.batchSize = batchSize;
    }

    /**
     * The lines of a file in its format, to be closed by the caller. A CSV file is decoded as a whole (a quoted
     * field may span lines), so a byte that is not UTF-8 ends its import; NDJSON is decoded line by line.
     */
    ImportLines lines(Path file, Imports.Format format) throws IOException {
        if (format == Imports.Format.NDJSON) {
            return new NdjsonLines(Files.newInputStream(file));
        }
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        try {
            return new CsvLines(reader, json);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** Puts the job's file into {@code chunks}, the last marked so; a failure to read ends it as a failed chunk. */
    void read(Imports.Job job, BlockingQueue<ImportChunk> chunks) {
        try (ImportLines lines = lines(job.file(), job.format())) {
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
                chunks.put(ImportChunk.failed(notUtf8(e) ? new IllegalArgumentException("the file " + NOT_UTF8)
                        : e instanceof RuntimeException runtime ? runtime : new UncheckedIOException((IOException) e)));
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

    /** Whether reading failed on a byte that is not UTF-8 (Commons CSV hands it on wrapped). */
    static boolean notUtf8(Exception e) {
        return e instanceof CharacterCodingException || e.getCause() instanceof CharacterCodingException;
    }
}
