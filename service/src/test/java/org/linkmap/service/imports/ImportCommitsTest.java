package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.imports.ImportReport.State;
import org.linkmap.service.ingest.IngestResult;
import org.linkmap.service.ingest.SubmissionIngest;
import org.linkmap.service.ingest.SubmissionReceipt;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;
import org.neo4j.driver.exceptions.ClientException;

/** A batch the database refuses is tried line by line, so one line it cannot store costs only that line. */
class ImportCommitsTest {

    /** A database that refuses any batch holding line 2, and stores everything else. */
    private static final class RefusesLineTwo extends ImportCommits {
        final List<List<Long>> attempts = new ArrayList<>();
        final List<List<Map<String, Object>>> progress = new ArrayList<>();

        RefusesLineTwo() {
            super(null, null);
        }

        @Override
        void ingest(List<PendingLine> batch, SubmissionIngest.AlongsideBatch alongside) {
            attempts.add(batch.stream().map(PendingLine::line).toList());
            if (batch.stream().anyMatch(line -> line.line() == 2)) {
                throw new ClientException("Neo.ClientError.Statement.ArgumentError", "refused");
            }
            alongside.run(null, batch.stream().<IngestResult>map(line -> new IngestResult.Stored(
                    new SubmissionReceipt("s" + line.line(), "R-" + line.line(), Map.of(), Map.of()), true)).toList());
        }

        @Override
        void recordProgress(Graph.Tx tx, String importId, ImportTally tally, State state, String message,
                            List<Map<String, Object>> lines) {
            progress.add(lines);
        }
    }

    private static PendingLine line(long number) {
        return new PendingLine(number, null, UnaryOperator.identity());
    }

    @Test
    void shouldRetryARefusedBatchLineByLineAndRejectOnlyTheLineRefused() {
        RefusesLineTwo commits = new RefusesLineTwo();
        ImportTally before = new ImportTally();

        ImportTally after = commits.commit("import-1", List.of(line(1), line(2), line(3)), before);

        assertThat(commits.attempts).containsExactly(List.of(1L, 2L, 3L), List.of(1L), List.of(2L), List.of(3L));
        assertThat(after.accepted).isEqualTo(2);
        assertThat(after.rejected).isEqualTo(1);
        assertThat(after.errors).containsExactly(new LineError(2,
                "could not be stored: the database refused it (Neo.ClientError.Statement.ArgumentError)"));
        assertThat(commits.progress).containsExactly(
                List.of(Map.of("line", 1L, "outcome", "ACCEPTED", "submissionId", "s1")),
                List.of(Map.of("line", 3L, "outcome", "ACCEPTED", "submissionId", "s3")));
        assertThat(before.accepted).isZero();
        assertThat(before.rejected).isZero();
    }

    @Test
    void shouldCommitABatchTheDatabaseTakesInOneGo() {
        RefusesLineTwo commits = new RefusesLineTwo();

        ImportTally after = commits.commit("import-1", List.of(line(1), line(3)), new ImportTally());

        assertThat(commits.attempts).containsExactly(List.of(1L, 3L));
        assertThat(after.accepted).isEqualTo(2);
        assertThat(after.errors).isEmpty();
    }

    @Test
    void shouldReportARefusalAtCommitInTheFilesTerms() {
        PendingLine csvLine = new PendingLine(4, null, error -> new InvalidRequest(error.errors().stream()
                .map(e -> new FieldError(e.field().equals("incidents[0].postcode") ? "postcode" : e.field(), e.message())).toList()));

        assertThat(csvLine.reason(new InvalidRequest("incidents[0].postcode", "is unknown"))).isEqualTo("postcode: is unknown");
        assertThat(csvLine.reason(new IllegalStateException("conflict"))).isEqualTo("conflict");
    }

    @Test
    void shouldListOnlyTheFirstThousandRejectedLines() {
        ImportTally tally = new ImportTally();

        for (long line = 1; line <= ImportTally.MAX_ERRORS + 5; line++) {
            tally.reject(line, "bad");
        }

        assertThat(tally.rejected).isEqualTo(1005);
        assertThat(tally.errors).hasSize(1000);
        assertThat(tally.errorsOmitted).isEqualTo(5);
    }
}
