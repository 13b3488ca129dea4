package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * An incident as the hotspot methods see it: where, when, what, and which children and persons of interest.
 * People are counted by the survivor of any merge, and only through involvements in the reader's view.
 */
record IncidentPoint(String id, String incidentType, OffsetDateTime occurredAt, double longitude, double latitude,
                     List<String> children, List<String> personsOfInterest) {

    /**
     * @param inView whether an INVOLVED_IN link asserted by these source submissions is in the reader's view
     */
    static IncidentPoint from(Record r, Predicate<List<String>> inView) {
        Set<String> children = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        for (Value involved : r.get("involved").values()) {
            if (!inView.test(involved.get("sources").asList(Value::asString))) {
                continue;
            }
            String person = involved.get("person").asString();
            if (involved.get("child").asBoolean()) {
                children.add(person);
            }
            if (involved.get("personOfInterest").asBoolean()) {
                persons.add(person);
            }
        }
        return new IncidentPoint(r.get("id").asString(), r.get("incidentType").asString(),
                r.get("occurredAt").asZonedDateTime().toOffsetDateTime(),
                r.get("longitude").asDouble(), r.get("latitude").asDouble(), List.copyOf(children), List.copyOf(persons));
    }
}
