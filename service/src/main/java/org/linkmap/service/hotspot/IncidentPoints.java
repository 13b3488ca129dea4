package org.linkmap.service.hotspot;

import java.util.List;

import org.linkmap.service.access.Disclosure;
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
        if (filter.area() != null) {
            return points.stream().filter(p -> areas.contains(filter.area(), p.longitude(), p.latitude())).toList();
        }
        return points.stream().filter(p -> disclosure.inAreaScope(p.longitude(), p.latitude())).toList();
    }
}
