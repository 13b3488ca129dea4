package org.linkmap.service.mace;

import java.util.List;
import java.util.Map;

import org.linkmap.model.EntityKind;
import org.linkmap.service.access.NodeSummary;
import org.locationtech.jts.geom.Geometry;

/**
 * What a tasking or a disruption is against: a node of the graph (person, location, network, organisation) or
 * a hotspot's outline. {@code point} is a located node's position (WGS84), for measuring effect at a place.
 *
 * @param areas the areas the target belongs to, which scope who may see the tasking
 */
record Target(NodeSummary node, Map<String, Object> hotspot, Geometry hotspotGeometry, double[] point, List<String> areas) {

    /** The kinds of node a tasking or disruption may be against. */
    static final List<EntityKind> KINDS = List.of(EntityKind.PERSON, EntityKind.LOCATION, EntityKind.NETWORK,
            EntityKind.ORGANISATION);

    /** As a client sends it: {@code { id }} or {@code { hotspot: GeoJSON geometry }}. */
    record Request(String id, Map<String, Object> hotspot) {
    }

    /** As the service answers it: the node as the reader may see it, or the outline. */
    record View(String id, EntityKind kind, String label, Boolean child, Boolean personOfInterest, Boolean restricted,
                Map<String, Object> hotspot) {

        static View of(NodeSummary node, Map<String, Object> hotspot) {
            if (node == null) {
                return new View(null, null, "Hotspot area", null, null, null, hotspot);
            }
            return new View(node.id(), node.kind(), node.label(), node.child(), node.personOfInterest(), node.restricted(), null);
        }
    }

    String id() {
        return node == null ? null : node.id();
    }
}
