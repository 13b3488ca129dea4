package org.linkmap.model.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.linkmap.model.Vocabulary;

/** Collects the field errors of one request, and reads typed values out of loose ones while it does. */
final class Problems {

    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 20_000;

    private final List<FieldError> errors = new ArrayList<>();

    void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Whether {@code value} is present; if not, records that {@code field} is required. */
    boolean required(String field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** The text, stripped, when it is no longer than {@code max} and free of control characters. */
    String text(String field, String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            add(field, "must be at most " + max + " characters");
            return null;
        }
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
            add(field, "must not contain control characters");
            return null;
        }
        return value.strip();
    }

    String requiredText(String field, String value, int max) {
        return required(field, value) ? text(field, value, max) : null;
    }

    /** The value when it matches {@code pattern}, described to the client as {@code shape}. */
    String matching(String field, String value, String pattern, String shape) {
        if (value == null) {
            return null;
        }
        if (value.length() > 100 || !value.matches(pattern)) {
            add(field, "must be " + shape);
            return null;
        }
        return value;
    }

    <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        E constant = Vocabulary.parse(type, value);
        if (constant == null) {
            add(field, "must be one of " + Vocabulary.namesOf(type));
        }
        return constant;
    }

    OffsetDateTime dateTime(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            add(field, "must be an ISO-8601 date-time with a zone, for example 2026-11-02T10:15:00Z");
            return null;
        }
    }

    LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            add(field, "must be an ISO date, for example 2026-11-09");
            return null;
        }
    }

    /** A number in {@code [min, max]}; NaN and infinities are never in range. */
    Double inRange(String field, Double value, double min, double max) {
        if (value == null) {
            return null;
        }
        if (!(value >= min && value <= max)) {
            add(field, "must be between " + format(min) + " and " + format(max));
            return null;
        }
        return value;
    }

    private static String format(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
