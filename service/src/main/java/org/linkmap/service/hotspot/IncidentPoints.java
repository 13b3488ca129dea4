package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The incidents a filter selects for the current reader, from the in-memory {@link IncidentIndex}, with the people
 * involved read from the graph for the period (only the incidents that have people).
 */
@Component
class IncidentPoints {

    private final Graph graph;
    private final Areas areas;
    private final Disclosure disclosure;
    private final IncidentIndex index;

    IncidentPoints(Graph graph, Areas areas, Disclosure disclosure, IncidentIndex index) {
        this.graph = graph;
        this.areas = areas;
        this.disclosure = disclosure;
        this.index = index;
    }

    /** Where and when an incident happened, for the map's markers. */
    record Marker(String id, String incidentType, OffsetDateTime occurredAt, double longitude, double latitude) {
    }

    /**
     * The incidents the filter selects that the current reader may see, oldest first: a MACE member with areas sees
     * the incidents that lie in them (as {@link Disclosure} decides for an incident opened on its own), and asking for
     * another area (or a district of one) is refused. People count through involvements in the reader's view only.
     */
    List<IncidentPoint> find(IncidentFilter filter) {
        IncidentIndex.Snapshot s = index.current();
        int[] rows = select(s, filter);
        Map<String, Object> period = filter.parameters();
        Map<String, List<Value>> involved = new HashMap<>();
        graph.read(tx -> tx.list("hotspot/find-involvements", Map.of("from", period.get("from"), "to", period.get("to")), r -> r))
                .forEach(r -> involved.put(r.get("id").asString(), r.get("involved").asList(v -> v)));
        List<IncidentPoint> points = new ArrayList<>(rows.length);
        for (int k : rows) {
            points.add(IncidentPoint.of(s.id()[k], s.type()[k], s.occurredAt()[k], s.longitude()[k], s.latitude()[k],
                    involved.getOrDefault(s.id()[k], List.of()), disclosure::seesLink));
        }
        return disclosure.seesEverything() ? points : withPersonsOfInterestInView(points);
    }

    /** Only those marked persons of interest by a source in the reader's view count as such: the marking is a fact. */
    private List<IncidentPoint> withPersonsOfInterestInView(List<IncidentPoint> points) {
        List<String> marked = points.stream().flatMap(p -> p.personsOfInterest().stream()).distinct().toList();
        if (marked.isEmpty()) {
            return points;
        }
        java.util.Set<String> inView = new java.util.HashSet<>();
        graph.read(tx -> tx.list("hotspot/find-people", java.util.Map.of("ids", marked),
                r -> NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties")))).forEach(person -> {
                    if (disclosure.inScope(person) && Boolean.TRUE.equals(disclosure.show(person).personOfInterest())) {
                        inView.add(person.id());
                    }
                });
        return points.stream().map(p -> new IncidentPoint(p.id(), p.incidentType(), p.occurredAt(), p.longitude(), p.latitude(),
                p.children(), p.personsOfInterest().stream().filter(inView::contains).toList())).toList();
    }

    /** The same selection as {@link #find} without the people: what markers and clusters are drawn from. */
    List<Marker> markers(IncidentFilter filter) {
        IncidentIndex.Snapshot s = index.current();
        int[] rows = select(s, filter);
        List<Marker> markers = new ArrayList<>(rows.length);
        for (int k : rows) {
            markers.add(new Marker(s.id()[k], s.type()[k], s.occurredAt()[k], s.longitude()[k], s.latitude()[k]));
        }
        return markers;
    }

    /** The rows the filter and the reader's areas select, in the index's order: by time and then id. */
    private int[] select(IncidentIndex.Snapshot s, IncidentFilter filter) {
        disclosure.checkArea(filter.area() == null ? null : areas.footprintOf(filter.area()));
        Set<String> scope = disclosure.areaScope();
        Map<String, Object> p = filter.parameters();
        OffsetDateTime from = (OffsetDateTime) p.get("from");
        OffsetDateTime to = (OffsetDateTime) p.get("to");
        Set<String> types = filter.types() == null ? null : filter.types().stream().map(Enum::name).collect(Collectors.toSet());
        double[] box = {(double) p.get("minLongitude"), (double) p.get("minLatitude"), (double) p.get("maxLongitude"), (double) p.get("maxLatitude")};
        String area = filter.area();
        boolean district = area != null && areas.isDistrict(area);
        int[] rows = new int[s.size()];
        int count = 0;
        for (int k = 0; k < s.size(); k++) {
            boolean selected = !s.occurredAt()[k].isBefore(from) && s.occurredAt()[k].isBefore(to)
                    && (types == null || types.contains(s.type()[k]))
                    && s.longitude()[k] >= box[0] && s.longitude()[k] <= box[2] && s.latitude()[k] >= box[1] && s.latitude()[k] <= box[3]
                    && (area == null ? scope.isEmpty() || s.area()[k] != null && scope.contains(s.area()[k])
                        : area.equals(district ? s.district()[k] : s.area()[k]));
            if (selected) {
                rows[count++] = k;
            }
        }
        return java.util.Arrays.copyOf(rows, count);
    }
}
