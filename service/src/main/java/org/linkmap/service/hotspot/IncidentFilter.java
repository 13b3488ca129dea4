package org.linkmap.service.hotspot;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.model.Vocabulary;
import org.linkmap.model.Vocabulary.IncidentType;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.area.Areas;
import org.linkmap.service.web.InvalidRequest;

/**
 * Which incidents a map or a hotspot method looks at: a period of whole days ({@code from} and {@code to}
 * both included), incident types, an area and a longitude/latitude box. Every part is optional.
 */
record IncidentFilter(LocalDate from, LocalDate to, List<IncidentType> types, String area, double[] bbox) {

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    /** Reads the query parameters, reporting every invalid one. */
    static IncidentFilter parse(String from, String to, String types, String area, String bbox, Areas areas) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "must not be before from"));
        }
        List<IncidentType> typeList = types(types, errors);
        if (area != null && !areas.isKnown(area)) {
            errors.add(new FieldError("area", "must be one of " + areas.codes()));
        }
        double[] box = bbox(bbox, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return new IncidentFilter(fromDate, toDate, typeList, area, box);
    }

    /** The parameters of {@code hotspot/find-incidents}. */
    Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", (from == null ? EARLIEST : from).atStartOfDay().atOffset(ZoneOffset.UTC));
        p.put("to", (to == null ? LATEST : to).plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        p.put("types", types == null ? null : types.stream().map(Enum::name).toList());
        double[] box = bbox == null ? new double[] {-180, -90, 180, 90} : bbox;
        p.put("minLongitude", box[0]);
        p.put("minLatitude", box[1]);
        p.put("maxLongitude", box[2]);
        p.put("maxLatitude", box[3]);
        return p;
    }

    /** The filter as the response echoes it, so a printed map can say what it shows. */
    Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("from", from == null ? null : from.toString());
        d.put("to", to == null ? null : to.toString());
        d.put("types", types);
        d.put("area", area);
        d.put("bbox", bbox);
        return d;
    }

    static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO date, for example 2026-01-31"));
            return null;
        }
        // ISO dates run to the year 999999999; the day after such a date cannot even be computed.
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            errors.add(new FieldError(field, "must be between " + EARLIEST + " and " + LATEST));
            return null;
        }
        return date;
    }

    private static List<IncidentType> types(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        List<IncidentType> result = new ArrayList<>();
        for (String name : value.split(",")) {
            IncidentType type = Vocabulary.parse(IncidentType.class, name.strip());
            if (type == null) {
                errors.add(new FieldError("types", "must be a comma-separated list of " + Vocabulary.namesOf(IncidentType.class)));
                return null;
            }
            result.add(type);
        }
        return result;
    }

    private static double[] bbox(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            errors.add(new FieldError("bbox", "must be minLon,minLat,maxLon,maxLat"));
            return null;
        }
        double[] box = new double[4];
        try {
            for (int k = 0; k < 4; k++) {
                box[k] = Double.parseDouble(parts[k].strip());
            }
        } catch (NumberFormatException e) {
            errors.add(new FieldError("bbox", "must be four numbers: minLon,minLat,maxLon,maxLat"));
            return null;
        }
        boolean valid = box[0] >= -180 && box[2] <= 180 && box[1] >= -90 && box[3] <= 90 && box[0] <= box[2] && box[1] <= box[3];
        if (!valid) {
            errors.add(new FieldError("bbox", "must lie within -180..180 and -90..90 with min no greater than max"));
            return null;
        }
        return box;
    }
}
