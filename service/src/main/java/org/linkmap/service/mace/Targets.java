package org.linkmap.service.mace;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linkmap.model.submission.ServiceRegion;
import org.linkmap.service.area.Areas;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.security.LinkmapUser;
import org.linkmap.service.security.Role;
import org.locationtech.jts.geom.Geometry;
import org.neo4j.driver.types.Point;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the target of a tasking or disruption, checking that it exists and that the reader may act on it. */
@Component
class Targets {

    private final Graph graph;
    private final Areas areas;
    private final Disclosure disclosure;
    private final ObjectMapper json;
    private final ServiceRegion region;

    Targets(Graph graph, Areas areas, Disclosure disclosure, ObjectMapper json, ServiceRegion region) {
        this.graph = graph;
        this.region = region;
        this.areas = areas;
        this.disclosure = disclosure;
        this.json = json;
    }

    /** The target, or {@code null} with its errors in {@code fields}; refuses (403) a node outside the reader's view. */
    Target read(Target.Request request, String field, Fields fields) {
        return read(request, field, fields, false);
    }

    /**
     * As {@link #read(Target.Request, String, Fields)}; {@code taskedWith} when the target is that of a tasking the
     * reader's agency was given, which shares the target with it.
     */
    Target read(Target.Request request, String field, Fields fields, boolean taskedWith) {
        if (request == null || (request.id() == null) == (request.hotspot() == null)) {
            fields.add(field, "must be { id } or { hotspot: GeoJSON Polygon or MultiPolygon }");
            return null;
        }
        if (request.hotspot() != null) {
            Geometry outline = Geometries.read(request.hotspot(), field + ".hotspot", fields, region);
            if (outline == null) {
                return null;
            }
            var centre = outline.getInteriorPoint();
            List<String> in = areas.areaOf(centre.getX(), centre.getY()).map(List::of).orElse(List.of());
            return new Target(null, Map.of("type", outline.getGeometryType(), "coordinates", request.hotspot().get("coordinates")),
                    outline, null, in);
        }
        Optional<Target> node = node(request.id());
        if (node.isEmpty()) {
            fields.add(field + ".id", "names no person, location, network or organisation");
            return null;
        }
        if (!taskedWith) {
            disclosure.checkCanOpen(node.get().node());
        }
        return node.get();
    }

    /** A node target by id, if the id names a person, location, network or organisation. */
    Optional<Target> node(String id) {
        return graph.read(tx -> tx.optional("mace/find-target", Map.of("id", id), r -> {
            NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            if (!Target.KINDS.contains(node.kind())) {
                return null;
            }
            double[] point = r.get("point").isNull() ? null : xy(r.get("point").asPoint());
            return new Target(node, null, null, point, node.areas());
        })).filter(t -> t != null);
    }

    /** Refuses (403) a node target outside the reader's view, naming who holds it. */
    void checkCanOpen(Target target) {
        if (target.node() != null) {
            disclosure.checkCanOpen(target.node());
        }
    }

    /** A stored outline read back. */
    Target hotspot(String geoJson, List<String> targetAreas) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = json.readValue(geoJson, Map.class);
            return new Target(null, map, Geometries.readStored(map), null, targetAreas);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored hotspot outline is not GeoJSON", e);
        }
    }

    String toJson(Map<String, Object> hotspot) {
        try {
            return json.writeValueAsString(hotspot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The target as the reader may see it. The agency a tasking is assigned to sees its target even when no fact
     * of it is in the agency's own view: the meeting that tasked the agency shared it so the agency can act
     * (a child still by pseudonym, every text still redacted).
     */
    Target.View view(NodeSummary raw, Map<String, Object> hotspot, String assignedTo) {
        if (raw == null) {
            return Target.View.of(null, hotspot);
        }
        NodeSummary shown = disclosure.show(raw);
        LinkmapUser user = CurrentUser.get();
        boolean tasked = user.role() == Role.AGENCY_USER && user.agency() != null && user.agency().equals(assignedTo);
        if (Boolean.TRUE.equals(shown.restricted()) && tasked) {
            String label = disclosure.isChild(raw) ? disclosure.pseudonym(raw.id()) : disclosure.text(raw.label());
            return new Target.View(raw.id(), raw.kind(), label, raw.child(), raw.personOfInterest(), null, null);
        }
        return Target.View.of(shown, null);
    }

    private static double[] xy(Point point) {
        return new double[] {point.x(), point.y()};
    }
}
