package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** An incident as the hotspot methods see it: where, when, what, and which children and persons of interest. */
record IncidentPoint(String id, String incidentType, OffsetDateTime occurredAt, double longitude, double latitude,
                     List<String> children, List<String> personsOfInterest) {

    static IncidentPoint from(Record r) {
        return new IncidentPoint(r.get("id").asString(), r.get("incidentType").asString(),
                r.get("occurredAt").asZonedDateTime().toOffsetDateTime(),
                r.get("longitude").asDouble(), r.get("latitude").asDouble(),
                r.get("children").asList(Value::asString), r.get("personsOfInterest").asList(Value::asString));
    }
}
