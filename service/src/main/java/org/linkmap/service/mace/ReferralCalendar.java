package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Which meeting a referral goes to. The Lancashire protocol agrees new referrals five days before each
 * meeting: a referral received (its {@code submittedAt}, as a date in Europe/London) on day D is ready for a
 * meeting on D + 5 or later, and goes to the first meeting of its forum on or after that day, and not before
 * the meeting it names, if it names one. A referral that misses a meeting's cut-off rolls to the next.
 */
final class ReferralCalendar {

    static final int CUT_OFF_DAYS = 5;
    static final ZoneId LOCAL = ZoneId.of("Europe/London");

    private ReferralCalendar() {
    }

    /** The first day of a meeting this referral can go to. */
    static LocalDate readyOn(OffsetDateTime submittedAt, LocalDate namedMeeting) {
        LocalDate ready = receivedOn(submittedAt).plusDays(CUT_OFF_DAYS);
        return namedMeeting != null && namedMeeting.isAfter(ready) ? namedMeeting : ready;
    }

    static LocalDate receivedOn(OffsetDateTime submittedAt) {
        return submittedAt.atZoneSameInstant(LOCAL).toLocalDate();
    }

    /** The meeting the referral goes to among the forum's meetings (earliest first), if one is scheduled. */
    static Optional<Meeting> meetingFor(List<Meeting> forumMeetings, OffsetDateTime submittedAt, LocalDate namedMeeting) {
        LocalDate ready = readyOn(submittedAt, namedMeeting);
        return forumMeetings.stream().filter(m -> !m.date().isBefore(ready)).findFirst();
    }

    /**
     * Whether a referral came too late for {@code meeting}: received by the meeting day but after its cut-off,
     * and not meant for a later meeting.
     */
    static boolean missed(Meeting meeting, OffsetDateTime submittedAt, LocalDate namedMeeting) {
        LocalDate received = receivedOn(submittedAt);
        boolean meantForLater = namedMeeting != null && namedMeeting.isAfter(meeting.date());
        return !received.isAfter(meeting.date()) && readyOn(submittedAt, null).isAfter(meeting.date()) && !meantForLater;
    }
}
