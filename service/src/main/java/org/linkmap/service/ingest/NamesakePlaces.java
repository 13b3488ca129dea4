package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.linkmap.geo.crs.GreatCircle;
import org.linkmap.model.EntityKind;
import org.linkmap.service.neo4j.Graph;

/**
 * Places, networks and organisations named in a batch, matched by name: a location of the same name within
 * {@link #SAME_PLACE_METRES} is the same place, and a network of the same name and a compatible type the same
 * network, whether it was known before or named earlier in the batch. Known ones are found with one query per
 * kind over the name keys; everything else is created in one statement.
 */
final class NamesakePlaces {

    /** Radius within which a location of the same name is the same place. */
    static final double SAME_PLACE_METRES = 25;

    private final Graph.Tx tx;

    NamesakePlaces(Graph.Tx tx) {
        this.tx = tx;
    }

    /**
     * Locations, networks and organisations. A location of the same name within {@link #SAME_PLACE_METRES}
     * of the same point is the same place, and a network of the same name and a compatible type the same
     * network, whether it was known before or named earlier in this batch; anything else is new. Returns the
     * rows of the new ones, for {@link SubmissionRecords#createPlacesAndIncidents} to create.
     */
    List<Map<String, Object>> resolve(List<PlannedSubmission> batch) {
        List<PlannedNode> nodes = batch.stream().flatMap(p -> p.nodes.values().stream()).filter(n -> n.draft != null && n.kind != null
                && n.kind != EntityKind.PERSON && n.kind != EntityKind.PHONE && n.kind != EntityKind.VEHICLE
                && n.kind != EntityKind.ONLINE_ACCOUNT).toList();
        List<Map<String, Object>> places = new ArrayList<>();
        List<Map<String, Object>> networks = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            PlannedNode node = nodes.get(i);
            String nameKey = nameKey(node);
            if (nameKey != null && node.kind == EntityKind.LOCATION && node.point != null) {
                places.add(Map.of("index", (long) i, "nameKey", nameKey, "longitude", node.point.longitude(), "latitude", node.point.latitude()));
            } else if (nameKey != null && node.kind == EntityKind.NETWORK) {
                Map<String, Object> row = new HashMap<>();
                row.put("index", (long) i);
                row.put("nameKey", nameKey);
                row.put("networkType", node.draft.properties().get("networkType"));
                networks.add(row);
            }
        }
        Map<Integer, String> known = new HashMap<>();
        if (!places.isEmpty() || !networks.isEmpty()) {
            tx.list("ingest/find-namesakes", Map.of("places", places, "networks", networks, "radiusMetres", SAME_PLACE_METRES),
                    r -> known.put(r.get("index").asInt(), r.get("id").asString()));
        }
        // Places and networks created earlier in this batch, by kind and name.
        Map<String, List<PlannedNode>> created = new HashMap<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            PlannedNode node = nodes.get(i);
            List<PlannedNode> namesake = created.computeIfAbsent(node.kind + "|" + nameKey(node), k -> new ArrayList<>());
            node.id = known.containsKey(i) ? known.get(i)
                    : namesake.stream().filter(c -> sameAs(c, node)).map(c -> c.id).findFirst().orElse(null);
            if (node.id == null) {
                node.id = UUID.randomUUID().toString();
                namesake.add(node);
                rows.add(entityRow(node));
            }
        }
        return rows;
    }

    /** The key under which places and networks of the same name are found: the name, trimmed, in lower case. */
    private static String nameKey(PlannedNode node) {
        Object name = node.draft.properties().get("name");
        return name == null ? null : name.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code node} is the place or network {@code earlier}, created earlier in this batch. */
    private static boolean sameAs(PlannedNode earlier, PlannedNode node) {
        String nameKey = nameKey(node);
        if (earlier.kind != node.kind || nameKey == null || !nameKey.equals(nameKey(earlier))) {
            return false;
        }
        if (node.kind == EntityKind.LOCATION) {
            return node.point != null && earlier.point != null && GreatCircle.metresBetween(earlier.point.longitude(), earlier.point.latitude(),
                    node.point.longitude(), node.point.latitude()) <= SAME_PLACE_METRES;
        }
        if (node.kind == EntityKind.NETWORK) {
            Object type = node.draft.properties().get("networkType");
            Object earlierType = earlier.draft.properties().get("networkType");
            return type == null || earlierType == null || type.equals(earlierType);
        }
        return false;
    }

    private static Map<String, Object> entityRow(PlannedNode node) {
        Map<String, Object> row = new HashMap<>();
        row.put("id", node.id);
        row.put("label", node.kind.label());
        row.put("props", node.draft.properties());
        row.put("longitude", node.point == null ? null : node.point.longitude());
        row.put("latitude", node.point == null ? null : node.point.latitude());
        row.put("geocodedFrom", node.point == null ? null : node.point.geocodedFrom());
        row.put("nameKey", nameKey(node));
        return row;
    }
}
