package org.linkmap.service.mace;

import java.time.LocalDate;

/**
 * Red, amber, green for an action: RED when its due date has passed and it is still open, AMBER when it is
 * due within 7 days (today included), GREEN otherwise. A tasking done or cancelled is GREEN: nothing is owed.
 */
enum Rag {
    RED, AMBER, GREEN;

    static final int AMBER_DAYS = 7;

    static Rag of(Tasking.Status status, LocalDate due, LocalDate today) {
        if (status == Tasking.Status.DONE || status == Tasking.Status.CANCELLED) {
            return GREEN;
        }
        if (due.isBefore(today)) {
            return RED;
        }
        return due.isAfter(today.plusDays(AMBER_DAYS)) ? GREEN : AMBER;
    }
}
