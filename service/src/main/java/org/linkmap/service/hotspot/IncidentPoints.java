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

    /** Where and when an incident happened, for the map's markers. */
    record Marker(String id, String incidentType, java.time.OffsetDateTime occurredAt, double longitude, double latitude) {
    }

    /**
     * The incidents the filter selects that the current user may see: a MACE member with areas sees the
     * incidents that lie in them, and asking for another area is refused.
     */
    List<IncidentPoint> find(IncidentFilter filter) {
        Set<String> scope = scope(filter);
        List<IncidentPoint> points = graph.read(tx -> tx.list("hotspot/find-incidents", filter.parameters(), r -> r))
                .stream().map(r -> IncidentPoint.from(r, disclosure::seesLink)).toList();
        return points.stream().filter(p -> visible(filter, scope, p.longitude(), p.latitude())).toList();
    }

    /** The same selection as {@link #find} without the people: what markers and clusters are drawn from. */
    List<Marker> markers(IncidentFilter filter) {
        Set<String> scope = scope(filter);
        return graph.read(tx -> tx.list("hotspot/find-incident-points", filter.parameters(), r -> r)).stream()
                .map(r -> new Marker(r.get("id").asString(), r.get("incidentType").asString(),
                        r.get("occurredAt").asZonedDateTime().toOffsetDateTime(),
                        r.get("longitude").asDouble(), r.get("latitude").asDouble()))
                .filter(m -> visible(filter, scope, m.longitude(), m.latitude()))
                .toList();
    }

    /** The reader's areas (empty: no limit); refuses a filter's area outside them. */
    private Set<String> scope(IncidentFilter filter) {
        LinkmapUser user = CurrentUser.get();
        Set<String> scope = user.role() == Role.MACE_MEMBER ? user.areas() : Set.of();
        if (filter.area() != null && !scope.isEmpty() && !scope.contains(areas.footprintOf(filter.area()))) {
            throw new Forbidden("The area " + filter.area() + " is outside your areas " + scope + ".");
        }
        return scope;
    }

    private boolean visible(IncidentFilter filter, Set<String> scope, double longitude, double latitude) {
        if (filter.area() != null) {
            return areas.contains(filter.area(), longitude, latitude);
        }
        return scope.isEmpty() || scope.stream().anyMatch(a -> areas.contains(a, longitude, latitude));
    }
}
