package org.linkmap.bench.intake;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.linkmap.model.submission.Identifiers;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One batch of submissions turned into the rows of the loader's statements. Ids are derived from each
 * node's identity key (name-based UUIDs), so nothing has to be read back between statements: the same
 * phone, identifier, mark, place name or network name is always the same id, and a link can be written
 * knowing only the keys of its ends.
 */
final class LoaderBatch {

    private static final com.fasterxml.jackson.databind.ObjectMapper RECEIPTS = new com.fasterxml.jackson.databind.ObjectMapper();

    final List<Map<String, Object>> submissions = new ArrayList<>();
    final Map<String, Map<String, Object>> people = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> phones = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> vehicles = new LinkedHashMap<>();
    final Map<String, Map<String, Object>> placesAndNetworks = new LinkedHashMap<>();
    final List<Map<String, Object>> incidents = new ArrayList<>();
    final List<Map<String, Object>> links = new ArrayList<>();
    final List<Map<String, Object>> mentions = new ArrayList<>();

    int size() {
        return submissions.size();
    }

    void add(JsonNode s, String line) {
        String agency = s.get("agency").asText();
        String submissionId = id("submission", agency + "|" + s.get("submissionRef").asText());
        OffsetDateTime at = OffsetDateTime.parse(s.get("submittedAt").asText());
        JsonNode grading = s.get("grading");
        List<String> areas = s.has("forum") && s.get("forum").has("area") ? List.of(s.get("forum").get("area").asText()) : List.of();
        Map<String, String> ids = new HashMap<>();
        for (JsonNode e : s.get("entities")) {
            ids.put(e.get("ref").asText(), entity(e, submissionId));
        }
        Map<String, Object> provenance = Map.of("source", submissionId, "agency", agency, "at", at,
                "grade", grading.get("source").asLong(), "intelligence", grading.get("intelligence").asText());
        for (JsonNode l : s.path("links")) {
            link(ids.get(l.get("from").asText()), l.get("type").asText(), ids.get(l.get("to").asText()), l.path("role").asText(null), provenance);
        }
        List<String> mentioned = new ArrayList<>(ids.values());
        for (JsonNode i : s.path("incidents")) {
            String incidentId = id("incident", submissionId + "|" + i.get("ref").asText());
            mentioned.add(incidentId);
            incident(i, incidentId, ids, provenance);
        }
        Map<String, String> receipt = new LinkedHashMap<>(ids);
        submissions.add(Map.of("agency", agency, "props", submission(s, submissionId, agency, at, areas, line, receipt)));
        for (String id : mentioned.stream().distinct().toList()) {
            mentions.add(Map.of("submissionId", submissionId, "id", id, "agency", agency, "areas", areas, "at", at));
        }
    }

    private String entity(JsonNode e, String submissionId) {
        String type = e.get("type").asText();
        return switch (type) {
            case "PERSON" -> person(e, submissionId);
            case "PHONE" -> keyed(phones, "phone", Identifiers.phone(e.get("number").asText()).orElse(e.get("number").asText()), Map.of());
            case "VEHICLE" -> keyed(vehicles, "vehicle", Identifiers.vrm(e.get("vrm").asText()).orElse(e.get("vrm").asText()),
                    Map.of("make", e.path("make").asText(""), "colour", e.path("colour").asText("")));
            case "LOCATION", "NETWORK" -> placeOrNetwork(e, type);
            default -> throw new IllegalArgumentException("the loader does not write " + type);
        };
    }

    private String person(JsonNode e, String submissionId) {
        var identifiers = e.path("identifiers").fields();
        String key = identifiers.hasNext() ? null : submissionId + "|" + e.get("ref").asText();
        String scheme = null;
        String value = null;
        if (key == null) {
            var first = identifiers.next();
            scheme = first.getKey();
            value = first.getValue().asText();
            key = Identifiers.agencyIdentifier(scheme, value);
        }
        String id = id("person", key);
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("key", key);
        row.put("scheme", scheme);
        row.put("value", value);
        row.put("name", e.get("name").asText());
        row.put("dob", e.has("dob") ? java.time.LocalDate.parse(e.get("dob").asText()) : null);
        row.put("dobYear", e.has("dobYear") ? e.get("dobYear").asLong() : null);
        row.put("hazards", e.has("hazards") ? List.of(e.get("hazards").get(0).asText()) : List.of());
        row.put("riskLevel", e.path("riskLevel").asText(null));
        String roles = e.path("roles").toString();
        row.put("child", roles.contains("CHILD"));
        row.put("poi", roles.contains("POI"));
        people.putIfAbsent(id, row);
        return id;
    }

    private static String keyed(Map<String, Map<String, Object>> into, String kind, String key, Map<String, Object> more) {
        String id = id(kind, key);
        Map<String, Object> row = new HashMap<>(more);
        row.put("id", id);
        row.put("key", key);
        into.putIfAbsent(id, row);
        return id;
    }

    private String placeOrNetwork(JsonNode e, String type) {
        boolean location = type.equals("LOCATION");
        String nameKey = e.get("name").asText().toLowerCase(Locale.ROOT) + (location ? "" : "|" + e.get("networkType").asText());
        String id = id(type.toLowerCase(Locale.ROOT), nameKey);
        Map<String, Object> row = new HashMap<>();
        row.put("id", id);
        row.put("label", location ? "Location" : "Network");
        row.put("name", e.get("name").asText());
        row.put("nameKey", nameKey);
        row.put("locationType", e.path("locationType").asText(null));
        row.put("networkType", e.path("networkType").asText(null));
        row.put("longitude", e.has("lon") ? e.get("lon").asDouble() : null);
        row.put("latitude", e.has("lat") ? e.get("lat").asDouble() : null);
        placesAndNetworks.putIfAbsent(id, row);
        return id;
    }

    private void incident(JsonNode i, String incidentId, Map<String, String> ids, Map<String, Object> provenance) {
        String locationId = i.has("location") ? ids.get(i.get("location").asText()) : null;
        double lon = locationId != null ? (Double) placesAndNetworks.get(locationId).get("longitude") : i.get("lon").asDouble();
        double lat = locationId != null ? (Double) placesAndNetworks.get(locationId).get("latitude") : i.get("lat").asDouble();
        incidents.add(Map.of("id", incidentId, "incidentType", i.get("incidentType").asText(),
                "occurredAt", OffsetDateTime.parse(i.get("occurredAt").asText()), "summary", i.path("summary").asText(""),
                "longitude", lon, "latitude", lat));
        for (JsonNode who : i.path("involved")) {
            link(ids.get(who.get("ref").asText()), "INVOLVED_IN", incidentId, who.path("role").asText(null), provenance);
        }
        if (locationId != null) {
            link(incidentId, "OCCURRED_AT", locationId, null, provenance);
        }
    }

    private void link(String fromId, String type, String toId, String role, Map<String, Object> provenance) {
        Map<String, Object> row = new HashMap<>(provenance);
        row.put("id", id("link", fromId + "|" + type + "|" + toId));
        row.put("fromId", fromId);
        row.put("toId", toId);
        row.put("type", type);
        row.put("role", role);
        links.add(row);
    }

    private static Map<String, Object> submission(JsonNode s, String id, String agency, OffsetDateTime at, List<String> areas,
                                                  String line, Map<String, String> entityIds) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("key", agency + "|" + s.get("submissionRef").asText());
        p.put("submissionRef", s.get("submissionRef").asText());
        p.put("agency", agency);
        p.put("submittedBy", s.get("submittedBy").asText());
        p.put("submittedAt", at);
        p.put("source", s.get("grading").get("source").asLong());
        p.put("intelligence", s.get("grading").get("intelligence").asText());
        p.put("handling", s.get("grading").get("handling").asText());
        p.put("areas", areas);
        p.put("body", line);
        p.put("receipt", "{\"submissionId\":\"" + id + "\",\"submissionRef\":\"" + s.get("submissionRef").asText()
                + "\",\"entities\":" + RECEIPTS.valueToTree(entityIds) + ",\"incidents\":{}}");
        return p;
    }

    static String id(String kind, String key) {
        return UUID.nameUUIDFromBytes((kind + "|" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
