package org.linkmap.service.mace;

import java.time.LocalDate;

/**
 * What changed after a disruption, over equal periods of {@code periodDays} before and after its date.
 * For a place: incidents in the target area, the buffer around it and the control area (the rest of the
 * area), with the success measure and the Weighted Displacement Quotient ({@link Wdq}). For a person or
 * network: incidents involving them and intelligence (submissions) mentioning them.
 *
 * @param measure         {@code PLACE} or {@code SUBJECT}
 * @param radiusMetres    the target circle around a location (absent for a hotspot outline, which is the target)
 * @param bufferMetres    the width of the ring around the target
 */
record Effect(String disruptionId, String measure, LocalDate date, int periodDays, Period beforePeriod,
              Period afterPeriod, Counts before, Counts after, Double successMeasure, Double wdq, String interpretation,
              Double radiusMetres, Double bufferMetres, String controlArea) {

    /** Whole days, both included. */
    record Period(LocalDate from, LocalDate to) {
    }

    /** Counts of one period; a place fills target, buffer and control, a subject incidents and intelligence. */
    record Counts(Long target, Long buffer, Long control, Long incidents, Long intelligence) {
        static Counts place(long target, long buffer, Long control) {
            return new Counts(target, buffer, control, null, null);
        }

        static Counts subject(long incidents, long intelligence) {
            return new Counts(null, null, null, incidents, intelligence);
        }
    }
}
