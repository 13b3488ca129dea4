package org.linkmap.service.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.model.Vocabulary;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;

/**
 * Reads the query parameters of a network request, collecting every bad one so the answer names them all
 * (400, nothing computed). Ranges: {@code depth} 1-4, {@code maxHops} 1-10, {@code coLocationMetres} over 0 and
 * at most 5,000, {@code coLocationHours} over 0 and at most 720 (30 days), {@code minAgencies} 1-100.
 */
final class NetworkParameters {

    static final double MAX_METRES = 5_000;
    static final double MAX_HOURS = 720;

    private final Map<String, String> values;
    private final List<FieldError> errors = new ArrayList<>();

    private NetworkParameters(Map<String, String> values) {
        this.values = values;
    }

    static NetworkParameters of(Map<String, String> values) {
        return new NetworkParameters(values);
    }

    /** The shared filters; {@code fromName}/{@code toName} are {@code periodFrom}/{@code periodTo} where from/to are node ids. */
    NetworkFilter filter(String fromName, String toName) {
        LocalDate from = date(fromName);
        LocalDate to = date(toName);
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError(toName, "must not be before " + fromName));
        }
        Integer minSource = integer("minSource", 1, 3, null);
        String minIntelligence = intelligence();
        Integer minAgencies = integer("minAgencies", 1, 100, null);
        boolean inferred = bool("inferred");
        double metres = decimal("coLocationMetres", MAX_METRES, NetworkFilter.DEFAULT_METRES);
        double hours = decimal("coLocationHours", MAX_HOURS, NetworkFilter.DEFAULT_HOURS);
        return new NetworkFilter(kinds(), types(), from, to, date("asAt"), minSource, minIntelligence, minAgencies,
                inferred, metres, hours);
    }

    int integer(String name, int min, int max, int defaultValue) {
        Integer value = integer(name, min, max, null);
        return value == null ? defaultValue : value;
    }

    /** A required text, such as an id. */
    String text(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(name, "is required"));
            return null;
        }
        return value.strip();
    }

    /** A comma-separated list of between {@code min} and {@code max} distinct ids. */
    List<String> ids(String name, int min, int max) {
        String value = values.get(name);
        List<String> ids = value == null ? List.of()
                : java.util.Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.size() < min || ids.size() > max) {
            errors.add(new FieldError(name, "must list between " + min + " and " + max + " distinct ids"));
        }
        return ids;
    }

    void require(boolean condition, String name, String message) {
        if (!condition) {
            errors.add(new FieldError(name, message));
        }
    }

    /** Throws the 400 naming every bad parameter, if there was one. */
    void check() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    private Integer integer(String name, int min, int max, Integer defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.add(new FieldError(name, "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    private double decimal(String name, double max, double defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            double parsed = Double.parseDouble(value.strip());
            if (parsed > 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        errors.add(new FieldError(name, "must be a number over 0 and at most " + (long) max));
        return defaultValue;
    }

    private boolean bool(String name) {
        String value = values.get(name);
        if (value == null || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        errors.add(new FieldError(name, "must be true or false"));
        return false;
    }

    private LocalDate date(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() >= 1900 && date.getYear() <= 2200) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new FieldError(name, "must be an ISO date such as 2026-03-31, between 1900 and 2200"));
        return null;
    }

    private String intelligence() {
        String value = values.get("minIntelligence");
        if (value == null) {
            return null;
        }
        String code = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() == 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'E') {
            return code;
        }
        errors.add(new FieldError("minIntelligence", "must be one of A, B, C, D, E"));
        return null;
    }

    private Set<EntityKind> kinds() {
        return names("kinds", EntityKind.class, EnumSet.allOf(EntityKind.class));
    }

    private Set<LinkType> types() {
        return names("types", LinkType.class, EnumSet.allOf(LinkType.class));
    }

    private <E extends Enum<E>> Set<E> names(String name, Class<E> type, EnumSet<E> all) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            return all;
        }
        EnumSet<E> chosen = EnumSet.noneOf(type);
        for (String part : value.split(",")) {
            E parsed = Vocabulary.parse(type, part.strip());
            if (parsed == null) {
                errors.add(new FieldError(name, "must be a comma-separated list of " + Vocabulary.namesOf(type)));
                return all;
            }
            chosen.add(parsed);
        }
        return chosen;
    }
}
