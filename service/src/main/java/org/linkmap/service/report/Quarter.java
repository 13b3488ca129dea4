package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import java.time.ZoneId;

/** A calendar quarter, such as {@code 2026-Q3}; dates are read in Europe/London. */
record Quarter(int year, int number) implements Comparable<Quarter> {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    static Quarter of(OffsetDateTime at) {
        return of(at.atZoneSameInstant(LONDON).toLocalDate());
    }

    LocalDate start() {
        return LocalDate.of(year, (number - 1) * 3 + 1, 1);
    }

    Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
