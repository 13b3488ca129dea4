package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.neo4j.driver.Value;

/**
 * An incident as the hotspot methods see it: where, when, what, and which children and persons of interest.
 * People are counted by the survivor of any merge, and only through involvements in the reader's view.
 */
record IncidentPoint(String id, String incidentType, OffsetDateTime occurredAt, double longitude, double latitude,
                     List<String> children, List<String> personsOfInterest) {

    /**
     * @param involved the involvements of {@code hotspot/find-involvements} for this incident (none when it has no people)
     * @param inView   whether an INVOLVED_IN link asserted by these source submissions is in the reader's view
     */
    static IncidentPoint of(String id, String incidentType, OffsetDateTime occurredAt, double longitude, double latitude,
                            List<Value> involved, Predicate<List<String>> inView) {
        Set<String> children = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        for (Value involvement : involved) {
            if (!inView.test(involvement.get("sources").asList(Value::asString))) {
                continue;
            }
            String person = involvement.get("person").asString();
            if (involvement.get("child").asBoolean()) {
                children.add(person);
            }
            if (involvement.get("personOfInterest").asBoolean()) {
                persons.add(person);
            }
        }
        return new IncidentPoint(id, incidentType, occurredAt, longitude, latitude, List.copyOf(children), List.copyOf(persons));
    }
}
