package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The age bands of a problem profile, worked out at a given day from a date of birth or, when only the year is
 * known, from a birth on 1 July of that year (the middle of the year, so the error is at most six months either way).
 * Victims' bands follow the ages at which exploitation peaks (14 and 15 in the national assessments) and the
 * thresholds that change what agencies can do (16, 18); offenders' are the usual adult bands.
 */
final class AgeBands {

    static final String UNKNOWN = "unknown";
    static final List<String> VICTIM = List.of("0-9", "10-13", "14-15", "16-17", "18-25", "over 25", UNKNOWN);
    static final List<String> OFFENDER = List.of("under 18", "18-24", "25-34", "35-49", "50 and over", UNKNOWN);

    private AgeBands() {
    }

    /** A count of zero for every band, in order, so a table always has the same rows. */
    static Map<String, Integer> empty(List<String> bands) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        bands.forEach(b -> counts.put(b, 0));
        return counts;
    }

    /** Age in whole years at {@code on}, or {@code null} when neither a date of birth nor a year is recorded. */
    static Integer age(Object dob, Object dobYear, LocalDate on) {
        LocalDate born = null;
        if (dob instanceof LocalDate date) {
            born = date;
        } else if (dob != null) {
            try {
                born = LocalDate.parse(String.valueOf(dob).substring(0, Math.min(10, String.valueOf(dob).length())));
            } catch (DateTimeParseException unreadable) {
                born = null;
            }
        }
        if (born == null && dobYear instanceof Number year) {
            born = LocalDate.of(year.intValue(), 7, 1);
        } else if (born == null && dobYear != null) {
            try {
                born = LocalDate.of(Integer.parseInt(String.valueOf(dobYear)), 7, 1);
            } catch (NumberFormatException unreadable) {
                return null;
            }
        }
        return born == null || born.isAfter(on) ? null : (int) ChronoUnit.YEARS.between(born, on);
    }

    static String victimBand(Integer age) {
        if (age == null) {
            return UNKNOWN;
        }
        return age <= 9 ? "0-9" : age <= 13 ? "10-13" : age <= 15 ? "14-15" : age <= 17 ? "16-17" : age <= 25 ? "18-25" : "over 25";
    }

    static String offenderBand(Integer age) {
        if (age == null) {
            return UNKNOWN;
        }
        return age < 18 ? "under 18" : age <= 24 ? "18-24" : age <= 34 ? "25-34" : age <= 49 ? "35-49" : "50 and over";
    }
}
