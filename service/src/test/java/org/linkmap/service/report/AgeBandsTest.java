package org.linkmap.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.linkmap.service.hotspot.HotspotTrend;

/** The problem profile's age bands and hotspot trend words, data in and data out. */
class AgeBandsTest {

    static final LocalDate END = LocalDate.of(2026, 9, 30);

    @Test
    void shouldReckonAgeFromTheDateOfBirthWhenThereIsOneAndFromTheFirstOfJulyOtherwise() {
        assertThat(AgeBands.age("2009-10-15", null, END)).isEqualTo(16);
        assertThat(AgeBands.age(LocalDate.of(2009, 9, 30), null, END)).isEqualTo(17);
        assertThat(AgeBands.age(null, 2009L, END)).isEqualTo(17);
        assertThat(AgeBands.age(null, 2010, LocalDate.of(2026, 6, 30))).isEqualTo(15);
        assertThat(AgeBands.age(null, "2011", END)).isEqualTo(15);
        assertThat(AgeBands.age("not a date", null, END)).isNull();
        assertThat(AgeBands.age(null, null, END)).isNull();
        assertThat(AgeBands.age("2027-01-01", null, END)).as("born after the period").isNull();
    }

    @Test
    void shouldPutEachAgeInItsBandAtTheEdges() {
        assertThat(AgeBands.victimBand(9)).isEqualTo("0-9");
        assertThat(AgeBands.victimBand(10)).isEqualTo("10-13");
        assertThat(AgeBands.victimBand(13)).isEqualTo("10-13");
        assertThat(AgeBands.victimBand(14)).isEqualTo("14-15");
        assertThat(AgeBands.victimBand(16)).isEqualTo("16-17");
        assertThat(AgeBands.victimBand(18)).isEqualTo("18-25");
        assertThat(AgeBands.victimBand(26)).isEqualTo("over 25");
        assertThat(AgeBands.victimBand(null)).isEqualTo("unknown");
        assertThat(AgeBands.offenderBand(17)).isEqualTo("under 18");
        assertThat(AgeBands.offenderBand(24)).isEqualTo("18-24");
        assertThat(AgeBands.offenderBand(35)).isEqualTo("35-49");
        assertThat(AgeBands.offenderBand(50)).isEqualTo("50 and over");
    }

    @Test
    void shouldCallATrendRisingOrFallingOnlyBeyondChance() {
        // z = (current - previous) / sqrt(current + previous): 1 to 5 is 1.63, 2 to 9 is 2.11, 10 to 3 is -1.94.
        assertThat(ProblemProfiles.direction(trend(1, 5))).isEqualTo("STEADY");
        assertThat(ProblemProfiles.direction(trend(2, 9))).isEqualTo("RISING");
        assertThat(ProblemProfiles.direction(trend(10, 3))).isEqualTo("STEADY");
        assertThat(ProblemProfiles.direction(trend(12, 3))).as("z = -2.32").isEqualTo("FALLING");
        assertThat(ProblemProfiles.direction(trend(0, 2))).isEqualTo("NEW");
        assertThat(ProblemProfiles.direction(trend(0, 0))).isEqualTo("STEADY");
    }

    private static HotspotTrend trend(int previous, int current) {
        return new HotspotTrend("2026-07-01", "2026-09-30", "2026-03-31", "2026-06-30", previous, current, current - previous, null);
    }
}
