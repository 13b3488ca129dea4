package org.linkmap.service.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;

/**
 * The header of an incident CSV file: which of the layout's columns it has and where, matched without regard to
 * case, and which people (person1 to person9) it has columns for. The columns are documented in
 * docs/bulk-import.md.
 */
final class IncidentCsvHeader {

    /** Columns of the submission, its single incident and its location; each is read where the row is built. */
    private static final List<String> ROW_COLUMNS = List.of("agency", "submissionRef", "submittedBy", "submittedAt", "narrative",
            "source", "intelligence", "handling", "handlingConditions", "forumKind", "forumArea", "meetingDate",
            "incidentType", "occurredAt", "summary", "lat", "lon", "easting", "northing", "postcode",
            "locationName", "locationType", "locationAddress");
    /** Columns of person N, by suffix ({@code person1Name} ...). */
    static final List<String> PERSON_COLUMNS = List.of("Name", "Kind", "Role", "Aliases", "Dob", "DobYear", "Gender",
            "IdScheme", "Id", "Phone", "Vrm");
    private static final List<String> REQUIRED = List.of("agency", "submissionRef", "submittedBy", "submittedAt", "source", "intelligence",
            "handling", "incidentType", "occurredAt");
    private static final Pattern PERSON = Pattern.compile("person([1-9])(.+)");

    /** Canonical column name to its index in the file. */
    private final Map<String, Integer> columns = new LinkedHashMap<>();
    private final TreeSet<Integer> people = new TreeSet<>();

    /**
     * @param header the file's first row
     * @throws InvalidRequest naming every unknown, repeated or missing column
     */
    IncidentCsvHeader(List<String> header) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String given = header.get(i).strip();
            String column = canonical(given);
            if (column == null) {
                errors.add(new FieldError("header." + given, "is not a column of the incident CSV layout (see docs/bulk-import.md)"));
            } else if (columns.putIfAbsent(column, i) != null) {
                errors.add(new FieldError("header." + given, "appears more than once"));
            } else {
                Matcher person = PERSON.matcher(column);
                if (person.matches()) {
                    people.add(Integer.parseInt(person.group(1)));
                }
            }
        }
        for (String column : REQUIRED) {
            if (!columns.containsKey(column)) {
                errors.add(new FieldError("header." + column, "is a required column"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** The column's name as the layout spells it, matched without regard to case; null if there is none. */
    private static String canonical(String given) {
        for (String column : ROW_COLUMNS) {
            if (column.equalsIgnoreCase(given)) {
                return column;
            }
        }
        Matcher person = PERSON.matcher(given.toLowerCase(Locale.ROOT));
        if (person.matches()) {
            for (String suffix : PERSON_COLUMNS) {
                if (suffix.equalsIgnoreCase(person.group(2))) {
                    return "person" + person.group(1) + suffix;
                }
            }
        }
        return null;
    }

    /** The numbers N of the people the header has person N columns for, in order. */
    SortedSet<Integer> people() {
        return people;
    }

    /** The stripped value of a column in this row; null when the column is absent or blank. */
    String value(CSVRecord record, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }
}
