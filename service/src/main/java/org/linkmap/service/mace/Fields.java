package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.linkmap.model.submission.FieldError;
import org.linkmap.service.area.Areas;
import org.linkmap.service.web.InvalidRequest;

/**
 * Checks a request's fields one by one and collects every error, so the answer names all of them at once
 * and nothing is written until all are right.
 */
final class Fields {

    private final List<FieldError> errors = new ArrayList<>();

    String text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
            return null;
        }
        return value.strip();
    }

    LocalDate date(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                errors.add(new FieldError(field, "must be a date between 1900 and 2999"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO date such as 2026-12-14"));
            return null;
        }
    }

    /** An area code of a query, refused (400 naming {@code area}) unless the service knows it. */
    static String knownArea(Areas areas, String area) {
        if (!areas.isKnown(area)) {
            throw new InvalidRequest("area", "must be one of " + String.join(", ", areas.codes()));
        }
        return area;
    }

    /** The date, or {@code null} with an error when it lies outside {@code earliest}..{@code latest}. */
    LocalDate within(String field, LocalDate date, LocalDate earliest, LocalDate latest) {
        if (date != null && (date.isBefore(earliest) || date.isAfter(latest))) {
            errors.add(new FieldError(field, "must lie between " + earliest + " and " + latest));
            return null;
        }
        return date;
    }

    <E extends Enum<E>> E choice(String field, String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value.strip())) {
                return constant;
            }
        }
        errors.add(new FieldError(field, "must be one of " + names(type)));
        return null;
    }

    Integer whole(String field, Integer value, int min, int max, Integer fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be from " + min + " to " + max));
            return null;
        }
        return value;
    }

    Double metres(String field, Double value, double min, double max, double fallback) {
        if (value == null) {
            return fallback;
        }
        if (value.isNaN() || value < min || value > max) {
            errors.add(new FieldError(field, "must be from " + fmt(min) + " to " + fmt(max) + " metres"));
            return null;
        }
        return value;
    }

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Throws the 400 naming every invalid field, if any. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return String.join(", ", names);
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
