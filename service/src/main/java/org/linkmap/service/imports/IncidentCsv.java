package org.linkmap.service.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The flat CSV layout for incident lists, in the spirit of i2's import specifications: one row per
 * incident, with the reporting agency's details, the place, and up to nine people (each with a phone and
 * a vehicle) in columns. Each row becomes one submission of the JSON format and is validated like any
 * other; an error names the column, not the JSON field. The layout is documented in docs/bulk-import.md.
 */
final class IncidentCsv {

    /** The position columns, read alike for an incident and its location. */
    private static final List<String> POSITION = List.of("lat", "lon", "easting", "northing", "postcode");

    private final ObjectMapper json;
    private final IncidentCsvHeader header;

    /**
     * @param header the file's first row
     * @throws InvalidRequest naming every unknown, repeated or missing column
     */
    IncidentCsv(List<String> header, ObjectMapper json) {
        this.json = json;
        this.header = new IncidentCsvHeader(header);
    }

    /** One row as a submission, and where each of its JSON fields came from. */
    record Row(String json, Map<String, String> columnOfPath) {

        /** The error with each JSON path replaced by the column it came from (the longest known prefix). */
        InvalidRequest inColumns(InvalidRequest error) {
            return new InvalidRequest(error.errors().stream().map(e -> new FieldError(columnOf(e.field()), e.message())).toList());
        }

        private String columnOf(String path) {
            for (String prefix = path; !prefix.isEmpty(); prefix = parent(prefix)) {
                String column = columnOfPath.get(prefix);
                if (column != null) {
                    return column;
                }
            }
            return path;
        }

        private static String parent(String path) {
            int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
            return cut <= 0 ? "" : path.substring(0, cut);
        }
    }

    Row toSubmission(CSVRecord record) {
        Map<String, String> columnOfPath = new LinkedHashMap<>();
        ObjectNode submission = json.createObjectNode();
        for (String column : List.of("agency", "submissionRef", "submittedBy", "submittedAt", "narrative")) {
            text(record, column, submission, column, column, columnOfPath);
        }
        ObjectNode grading = submission.putObject("grading");
        columnOfPath.put("grading", "source");
        number(record, "source", grading, "source", "grading.source", columnOfPath);
        text(record, "intelligence", grading, "intelligence", "grading.intelligence", columnOfPath);
        text(record, "handling", grading, "handling", "grading.handling", columnOfPath);
        text(record, "handlingConditions", grading, "conditions", "grading.conditions", columnOfPath);
        if (value(record, "forumKind") != null || value(record, "forumArea") != null || value(record, "meetingDate") != null) {
            ObjectNode forum = submission.putObject("forum");
            columnOfPath.put("forum", "forumKind");
            text(record, "forumKind", forum, "kind", "forum.kind", columnOfPath);
            text(record, "forumArea", forum, "area", "forum.area", columnOfPath);
            text(record, "meetingDate", forum, "meetingDate", "forum.meetingDate", columnOfPath);
        }
        ArrayNode entities = submission.putArray("entities");
        ArrayNode links = submission.putArray("links");
        ObjectNode incident = submission.putArray("incidents").addObject();
        columnOfPath.put("incidents[0]", "incidentType");
        incident.put("ref", "incident");
        text(record, "incidentType", incident, "incidentType", "incidents[0].incidentType", columnOfPath);
        text(record, "occurredAt", incident, "occurredAt", "incidents[0].occurredAt", columnOfPath);
        text(record, "summary", incident, "summary", "incidents[0].summary", columnOfPath);
        position(record, incident, "incidents[0]", columnOfPath);
        if (value(record, "locationName") != null || value(record, "locationType") != null || value(record, "locationAddress") != null) {
            String path = "entities[" + entities.size() + "]";
            ObjectNode location = entities.addObject();
            columnOfPath.put(path, "locationName");
            location.put("ref", "location");
            location.put("type", "LOCATION");
            text(record, "locationName", location, "name", path + ".name", columnOfPath);
            text(record, "locationType", location, "locationType", path + ".locationType", columnOfPath);
            text(record, "locationAddress", location, "address", path + ".address", columnOfPath);
            position(record, location, path, columnOfPath);
            incident.put("location", "location");
        }
        ArrayNode involved = incident.putArray("involved");
        for (int n : header.people()) {
            person(record, n, entities, links, involved, columnOfPath);
        }
        try {
            return new Row(json.writeValueAsString(submission), columnOfPath);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void person(CSVRecord record, int n, ArrayNode entities, ArrayNode links, ArrayNode involved, Map<String, String> columnOfPath) {
        String prefix = "person" + n;
        boolean given = IncidentCsvHeader.PERSON_COLUMNS.stream().anyMatch(suffix -> value(record, prefix + suffix) != null);
        if (!given) {
            return;
        }
        String path = "entities[" + entities.size() + "]";
        ObjectNode person = entities.addObject();
        columnOfPath.put(path, prefix + "Name");
        person.put("ref", prefix);
        person.put("type", "PERSON");
        text(record, prefix + "Name", person, "name", path + ".name", columnOfPath);
        String kind = value(record, prefix + "Kind");
        if (kind != null) {
            person.putArray("roles").add(kind);
            columnOfPath.put(path + ".roles", prefix + "Kind");
        }
        String aliases = value(record, prefix + "Aliases");
        if (aliases != null) {
            ArrayNode list = person.putArray("aliases");
            for (String alias : aliases.split(";")) {
                if (!alias.isBlank()) {
                    list.add(alias.strip());
                }
            }
            columnOfPath.put(path + ".aliases", prefix + "Aliases");
        }
        text(record, prefix + "Dob", person, "dob", path + ".dob", columnOfPath);
        number(record, prefix + "DobYear", person, "dobYear", path + ".dobYear", columnOfPath);
        text(record, prefix + "Gender", person, "gender", path + ".gender", columnOfPath);
        String scheme = value(record, prefix + "IdScheme");
        String id = value(record, prefix + "Id");
        if (scheme != null || id != null) {
            if (scheme == null || id == null) {
                throw new InvalidRequest(scheme == null ? prefix + "IdScheme" : prefix + "Id",
                        "is required when " + (scheme == null ? prefix + "Id" : prefix + "IdScheme") + " is given");
            }
            person.putObject("identifiers").put(scheme, id);
            columnOfPath.put(path + ".identifiers", prefix + "Id");
        }
        ObjectNode involvement = involved.addObject();
        String involvementPath = "incidents[0].involved[" + (involved.size() - 1) + "]";
        columnOfPath.put(involvementPath, prefix + "Role");
        involvement.put("ref", prefix);
        text(record, prefix + "Role", involvement, "role", involvementPath + ".role", columnOfPath);
        uses(record, prefix, "Phone", "PHONE", "number", entities, links, columnOfPath);
        uses(record, prefix, "Vrm", "VEHICLE", "vrm", entities, links, columnOfPath);
    }

    /** A phone or vehicle in person N's columns: an entity the person USES. */
    private void uses(CSVRecord record, String prefix, String suffix, String type, String field, ArrayNode entities, ArrayNode links,
                      Map<String, String> columnOfPath) {
        String column = prefix + suffix;
        if (value(record, column) == null) {
            return;
        }
        String path = "entities[" + entities.size() + "]";
        ObjectNode thing = entities.addObject();
        columnOfPath.put(path, column);
        thing.put("ref", column);
        thing.put("type", type);
        text(record, column, thing, field, path + "." + field, columnOfPath);
        ObjectNode link = links.addObject();
        link.put("from", prefix);
        link.put("to", column);
        link.put("type", "USES");
        columnOfPath.put("links[" + (links.size() - 1) + "]", column);
    }

    private void position(CSVRecord record, ObjectNode target, String path, Map<String, String> columnOfPath) {
        for (String column : POSITION) {
            if (column.equals("postcode")) {
                text(record, column, target, column, path + "." + column, columnOfPath);
            } else {
                number(record, column, target, column, path + "." + column, columnOfPath);
            }
        }
    }

    private void text(CSVRecord record, String column, ObjectNode target, String field, String path, Map<String, String> columnOfPath) {
        String value = value(record, column);
        columnOfPath.put(path, column);
        if (value != null) {
            target.put(field, value);
        }
    }

    /** A number where the column holds one; otherwise the text, which validation then reports against the column. */
    private void number(CSVRecord record, String column, ObjectNode target, String field, String path, Map<String, String> columnOfPath) {
        String value = value(record, column);
        columnOfPath.put(path, column);
        if (value == null) {
            return;
        }
        try {
            if (value.matches("-?\\d+")) {
                target.put(field, Long.parseLong(value));
            } else {
                target.put(field, Double.parseDouble(value));
            }
        } catch (NumberFormatException e) {
            target.put(field, value);
        }
    }

    private String value(CSVRecord record, String column) {
        return header.value(record, column);
    }
}
