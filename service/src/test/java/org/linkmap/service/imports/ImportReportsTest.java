package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.imports.ImportReport.LineError;
import org.linkmap.service.imports.ImportReport.State;

/** An import that stops reporting progress is reported failed, with how to finish it. */
class ImportReportsTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-02T10:30:00Z");
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void shouldCallARunningImportSilentForLongerThanTheLimitStale() {
        assertThat(ImportReports.isStale(State.RUNNING, NOW.minusMinutes(10).minusSeconds(1), NOW, TEN_MINUTES)).isTrue();
    }

    @Test
    void shouldNotCallARunningImportStaleAtOrWithinTheLimit() {
        assertThat(ImportReports.isStale(State.RUNNING, NOW.minusMinutes(10), NOW, TEN_MINUTES)).isFalse();
        assertThat(ImportReports.isStale(State.RUNNING, NOW.minusMinutes(2), NOW, TEN_MINUTES)).isFalse();
    }

    @Test
    void shouldNeverCallAFinishedImportStale() {
        assertThat(ImportReports.isStale(State.DONE, NOW.minusDays(3), NOW, TEN_MINUTES)).isFalse();
        assertThat(ImportReports.isStale(State.FAILED, NOW.minusDays(3), NOW, TEN_MINUTES)).isFalse();
    }

    @Test
    void shouldSayHowFarAStaleImportGotAndHowToFinishIt() {
        assertThat(ImportReports.stoppedReporting(NOW, 400)).isEqualTo("The import stopped reporting progress at 2026-11-02T10:30Z;"
                + " the service was probably restarted. The first 400 lines were committed; send the file again to finish:"
                + " lines already taken are reported as duplicates.");
    }

    @Test
    void shouldListEveryLineInOrderWithTheRejectedOnesAmongThem() {
        List<ImportReport.Line> lines = ImportReports.lines(
                List.of(new ImportReport.Line(1, "ACCEPTED", "s1", null), new ImportReport.Line(3, "DUPLICATE", "s1", null)),
                List.of(new LineError(2, "grading: is required")));

        assertThat(lines).containsExactly(new ImportReport.Line(1, "ACCEPTED", "s1", null),
                new ImportReport.Line(2, "REJECTED", null, "grading: is required"), new ImportReport.Line(3, "DUPLICATE", "s1", null));
    }
}
