package org.linkmap.service.location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.area.Areas;
import org.linkmap.service.access.NodeSummary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * A place as read from the graph: its node (with the areas of the cases naming it and the area its point lies in,
 * so scope follows the ground as well as the paperwork), its point and its concern flag.
 */
record Place(NodeSummary node, Map<String, Object> properties, Double longitude, Double latitude, Concern concern) {

    /** Properties kept on the node for the flag, shown as {@code concern} instead. */
    private static final List<String> CONCERN_PROPERTIES = List.of("concernReason", "concernBy", "concernAt");

    /** Why a place is flagged as a location of concern, who flagged it and when. */
    record Concern(String reason, String by, String at) {
    }

    static Place from(Record r, Areas areas) {
        Map<String, Object> stored = new LinkedHashMap<>(r.get("properties").asMap());
        Double longitude = r.get("longitude").isNull() ? null : r.get("longitude").asDouble();
        Double latitude = r.get("latitude").isNull() ? null : r.get("latitude").asDouble();
        List<String> caseAreas = new ArrayList<>(r.get("properties").get("areas").asList(Value::asString, List.of()));
        if (longitude != null) {
            areas.areaOf(longitude, latitude).filter(a -> !caseAreas.contains(a)).ifPresent(caseAreas::add);
        }
        stored.put("areas", caseAreas);
        Concern concern = stored.get("concernAt") == null ? null : new Concern(String.valueOf(stored.get("concernReason")),
                String.valueOf(stored.get("concernBy")), r.get("properties").get("concernAt").asZonedDateTime().toOffsetDateTime().toString());
        NodeSummary node = NodeSummary.from(r.get("id").asString(), r.get("labels").asList(Value::asString), stored);
        Map<String, Object> shown = NodeSummary.visibleProperties(stored);
        shown.keySet().removeAll(CONCERN_PROPERTIES);
        return new Place(node, shown, longitude, latitude, concern);
    }

    /** The area the place's point lies in, if any. */
    String area(Areas areas) {
        return longitude == null ? null : areas.areaOf(longitude, latitude).orElse(null);
    }
}
