package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's meetings are created together, once each, beside the meetings already there. */
@HarnessTest
class MeetingsTest extends ApiTestSupport {

    @Autowired
    Meetings meetings;

    @Test
    void shouldCreateOnlyTheMissingMeetingsOnceEach() {
        meetings.create(Meeting.Kind.MACE, "LANCS_NORTH", LocalDate.of(2026, 10, 12), "chair");
        Meetings.Planned october = new Meetings.Planned(Meeting.Kind.MACE, "LANCS_NORTH", LocalDate.of(2026, 10, 12));
        Meetings.Planned november = new Meetings.Planned(Meeting.Kind.MACE, "LANCS_NORTH", LocalDate.of(2026, 11, 9));
        Meetings.Planned other = new Meetings.Planned(Meeting.Kind.OPERATIONAL_GROUP, "LANCS_NORTH", LocalDate.of(2026, 11, 9));

        assertThat(meetings.createMissing(List.of(october, november, november, other), "demo")).isEqualTo(2);
        assertThat(meetings.createMissing(List.of(october, november, other), "demo")).isZero();

        List<Meeting> north = meetings.ofForum("MACE", "LANCS_NORTH");
        assertThat(north).extracting(Meeting::date).containsExactly(LocalDate.of(2026, 10, 12), LocalDate.of(2026, 11, 9));
        assertThat(north).extracting(Meeting::createdBy).containsExactly("chair", "demo");
        assertThat(meetings.ofForum("OPERATIONAL_GROUP", "LANCS_NORTH")).hasSize(1);
    }
}
