package org.linkmap.service.hotspot;

import java.util.List;

import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/** The incidents a filter selects, read in one read transaction. */
@Component
class IncidentPoints {

    private final Graph graph;
    private final Areas areas;

    IncidentPoints(Graph graph, Areas areas) {
        this.graph = graph;
        this.areas = areas;
    }

    List<IncidentPoint> find(IncidentFilter filter) {
        List<IncidentPoint> points = graph.read(tx -> tx.list("hotspot/find-incidents", filter.parameters(), IncidentPoint::from));
        if (filter.area() == null) {
            return points;
        }
        return points.stream().filter(p -> areas.contains(filter.area(), p.longitude(), p.latitude())).toList();
    }
}
