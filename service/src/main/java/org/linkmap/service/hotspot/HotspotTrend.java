package org.linkmap.service.hotspot;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A hotspot's incidents against the previous period of the same length, counted on the same ground (inside its
 * outline) for both periods, so the comparison is like for like.
 *
 * @param change        {@code current - previous}
 * @param changePercent the change as a percentage of {@code previous}; null when there were none before
 */
public record HotspotTrend(String from, String to, String previousFrom, String previousTo, int previous, int current,
                    int change, Double changePercent) {

    /** The previous period of the same length as {@code [from, to]} (whole days, both included). */
    static LocalDate[] previousPeriod(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate previousTo = from.minusDays(1);
        return new LocalDate[] {previousTo.minusDays(days - 1), previousTo};
    }

    static HotspotTrend of(LocalDate from, LocalDate to, int previous, int current) {
        LocalDate[] before = previousPeriod(from, to);
        Double percent = previous == 0 ? null : Math.round(1000.0 * (current - previous) / previous) / 10.0;
        return new HotspotTrend(from.toString(), to.toString(), before[0].toString(), before[1].toString(), previous,
                current, current - previous, percent);
    }
}
