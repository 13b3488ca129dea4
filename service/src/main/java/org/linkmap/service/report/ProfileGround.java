package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * What a problem profile counts over, in the reader's view: the period's incidents that lie in the area (each with
 * the people whose involvement is in view) and the submissions whose case lies in it (with the people they
 * mention). A person is on the ground through either.
 *
 * @param incidentsOf  each person's incidents on the ground, oldest first
 * @param submissionsOf how many submissions on the ground mention each person
 */
record ProfileGround(List<Incident> incidents, Map<String, List<Incident>> incidentsOf, Map<String, Integer> submissionsOf) {

    /** An incident on the ground and the people whose involvement in it is in the reader's view. */
    record Incident(String id, String incidentType, Set<String> people) {

        boolean isMissingEpisode() {
            return "MISSING_EPISODE".equals(incidentType);
        }
    }

    /** Everyone on the ground, in the order first met. */
    Set<String> people() {
        Set<String> people = new LinkedHashSet<>(incidentsOf.keySet());
        people.addAll(submissionsOf.keySet());
        return people;
    }

    List<Incident> incidentsOf(String personId) {
        return incidentsOf.getOrDefault(personId, List.of());
    }

    int submissionsOf(String personId) {
        return submissionsOf.getOrDefault(personId, 0);
    }

    /** The whole days {@code from} to {@code to} (UTC, as the map counts them) in {@code area}, as the reader sees them. */
    static ProfileGround read(Graph graph, Disclosure disclosure, Areas areas, String area, LocalDate from, LocalDate to) {
        double[] box = areas.bounds(area).orElseThrow();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("from", startOf(from));
        p.put("to", startOf(to.plusDays(1)));
        p.put("area", area);
        p.put("minLongitude", box[0]);
        p.put("minLatitude", box[1]);
        p.put("maxLongitude", box[2]);
        p.put("maxLatitude", box[3]);
        List<Record> incidentRows = graph.read(tx -> tx.list("report/find-profile-incidents", p, r -> r));
        List<Record> submissionRows = graph.read(tx -> tx.list("report/find-profile-submissions", p, r -> r));
        List<Incident> incidents = new ArrayList<>();
        Map<String, List<Incident>> incidentsOf = new LinkedHashMap<>();
        for (Record r : incidentRows) {
            NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            if (node.longitude() == null || !areas.contains(area, node.longitude(), node.latitude()) || !disclosure.inScope(node)) {
                continue;
            }
            Set<String> people = new LinkedHashSet<>();
            for (Value involved : r.get("involved").values()) {
                if (disclosure.seesLink(involved.get("sources").asList(Value::asString))) {
                    people.add(involved.get("person").asString());
                }
            }
            Incident incident = new Incident(node.id(), r.get("incidentType").asString(), people);
            incidents.add(incident);
            people.forEach(person -> incidentsOf.computeIfAbsent(person, k -> new ArrayList<>()).add(incident));
        }
        Map<String, Integer> submissionsOf = new LinkedHashMap<>();
        for (Record r : submissionRows) {
            if (disclosure.seesLink(List.of(r.get("id").asString()))) {
                r.get("people").asList(Value::asString).forEach(person -> submissionsOf.merge(person, 1, Integer::sum));
            }
        }
        return new ProfileGround(incidents, incidentsOf, submissionsOf);
    }

    private static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
