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

    /** Where and when an incident happened, for the map's markers. */
    record Marker(String id, String incidentType, java.time.OffsetDateTime occurredAt, double longitude, double latitude) {
    }

    /**
     * The incidents the filter selects that the current reader may see: a MACE member with areas sees the
     * incidents that lie in them (the same rule as {@link Disclosure} applies to an incident opened on its own),
     * and asking for another area (or a district of one) is refused. People count through involvements in the
     * reader's view only.
     */
    List<IncidentPoint> find(IncidentFilter filter) {
        disclosure.checkArea(filter.area() == null ? null : areas.footprintOf(filter.area()));
        return graph.read(tx -> tx.list("hotspot/find-incidents", filter.parameters(), r -> r)).stream()
                .map(r -> IncidentPoint.from(r, disclosure::seesLink))
                .filter(p -> visible(filter, p.longitude(), p.latitude()))
                .toList();
    }

    /** The same selection as {@link #find} without the people: what markers and clusters are drawn from. */
    List<Marker> markers(IncidentFilter filter) {
        disclosure.checkArea(filter.area() == null ? null : areas.footprintOf(filter.area()));
        return graph.read(tx -> tx.list("hotspot/find-incident-points", filter.parameters(), r -> r)).stream()
                .map(r -> new Marker(r.get("id").asString(), r.get("incidentType").asString(),
                        r.get("occurredAt").asZonedDateTime().toOffsetDateTime(),
                        r.get("longitude").asDouble(), r.get("latitude").asDouble()))
                .filter(m -> visible(filter, m.longitude(), m.latitude()))
                .toList();
    }

    private boolean visible(IncidentFilter filter, double longitude, double latitude) {
        if (filter.area() != null) {
            return areas.contains(filter.area(), longitude, latitude);
        }
        return disclosure.inAreaScope(longitude, latitude);
    }
}
