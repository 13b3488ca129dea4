package org.linkmap.service.hotspot;

import java.util.List;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/** The incidents a filter selects, read in one read transaction. */
@Component
class IncidentPoints {

    private final Graph graph;
    private final Areas areas;
    private final Disclosure disclosure;

    IncidentPoints(Graph graph, Areas areas, Disclosure disclosure) {
        this.graph = graph;
        this.areas = areas;
        this.disclosure = disclosure;
    }

    /**
     * The incidents the filter selects that the current reader may see: a MACE member with areas sees the
     * incidents that lie in them (the same rule as {@link Disclosure} applies to an incident opened on its own),
     * and asking for another area is refused.
     */
    List<IncidentPoint> find(IncidentFilter filter) {
        disclosure.checkArea(filter.area());
        List<IncidentPoint> points = graph.read(tx -> tx.list("hotspot/find-incidents", filter.parameters(), IncidentPoint::from));
        List<IncidentPoint> seen = filter.area() != null
                ? points.stream().filter(p -> areas.contains(filter.area(), p.longitude(), p.latitude())).toList()
                : points.stream().filter(p -> disclosure.inAreaScope(p.longitude(), p.latitude())).toList();
        return disclosure.seesEverything() ? seen : withPersonsOfInterestInView(seen);
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
}
