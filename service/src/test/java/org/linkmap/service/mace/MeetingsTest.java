package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

    @Test
    void shouldCreateOneMeetingWhenManyAskForTheSameForumAndDateAtOnce() throws Exception {
        String body = Fixtures.meeting("OPERATIONAL_GROUP", "LANCS_NORTH", LocalDate.now().plusDays(30).toString());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                replies.add(pool.submit(() -> client.post("/api/meetings", "mace", body).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(15);
        } finally {
            pool.shutdownNow();
        }
        assertThat(meetings.ofForum("OPERATIONAL_GROUP", "LANCS_NORTH")).hasSize(1);
    }
}
