package org.linkmap.service.hotspot;

import java.util.List;

import java.util.Set;

import org.linkmap.service.area.Areas;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.security.LinkmapUser;
import org.linkmap.service.security.Role;
import org.linkmap.service.web.Forbidden;
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
     * The incidents the filter selects that the current user may see: a MACE member with areas sees the
     * incidents that lie in them, and asking for another area is refused.
     */
    List<IncidentPoint> find(IncidentFilter filter) {
        LinkmapUser user = CurrentUser.get();
        Set<String> scope = user.role() == Role.MACE_MEMBER ? user.areas() : Set.of();
        if (filter.area() != null && !scope.isEmpty() && !scope.contains(areas.footprintOf(filter.area()))) {
            throw new Forbidden("The area " + filter.area() + " is outside your areas " + scope + ".");
        }
        List<IncidentPoint> points = graph.read(tx -> tx.list("hotspot/find-incidents", filter.parameters(), r -> r))
                .stream().map(r -> IncidentPoint.from(r, disclosure::seesLink)).toList();
        if (filter.area() != null) {
            return points.stream().filter(p -> areas.contains(filter.area(), p.longitude(), p.latitude())).toList();
        }
        if (scope.isEmpty()) {
            return points;
        }
        return points.stream().filter(p -> scope.stream().anyMatch(a -> areas.contains(a, p.longitude(), p.latitude()))).toList();
    }
}
