package org.linkmap.service.access;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Point;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a node is shown wherever it appears: its id, its kind, a label a person recognises, and its roles.
 * Built from the node's labels and properties at the edge of the driver.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NodeSummary(String id, EntityKind kind, String label, Boolean child, Boolean personOfInterest,
                          List<String> areas, Boolean restricted,
                          @JsonIgnore List<String> sources, @JsonIgnore Double longitude, @JsonIgnore Double latitude) {

    /** Properties that exist for the graph's own use and are not shown. */
    private static final Set<String> INTERNAL = Set.of("aliasText", "account", "key", "body", "contentHash", "receipt", "nameKeys", "nameKey");

    public static NodeSummary from(String id, List<String> labels, Map<String, Object> properties) {
        EntityKind kind = kindOf(labels);
        boolean isPerson = kind == EntityKind.PERSON;
        Object areas = properties.get("areas");
        List<String> areaList = areas instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        Object sources = properties.get("sources");
        List<String> sourceList = sources instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        Point point = properties.get("point") instanceof Point p ? p : null;
        return new NodeSummary(id, kind, labelOf(kind, properties),
                isPerson ? labels.contains("Child") : null, isPerson ? labels.contains("PersonOfInterest") : null,
                areaList, null, sourceList, point == null ? null : point.x(), point == null ? null : point.y());
    }

    public boolean isChild() {
        return Boolean.TRUE.equals(child);
    }

    boolean hasPoint() {
        return longitude != null && latitude != null;
    }

    NodeSummary withLabel(String newLabel) {
        return new NodeSummary(id, kind, newLabel, child, personOfInterest, areas, restricted, sources, longitude, latitude);
    }

    NodeSummary withPersonOfInterest(boolean poi) {
        return new NodeSummary(id, kind, label, child, poi, areas, restricted, sources, longitude, latitude);
    }

    NodeSummary asChild(String pseudonym) {
        return new NodeSummary(id, kind, pseudonym, true, personOfInterest, areas, restricted, sources, longitude, latitude);
    }

    /**
     * What someone outside the holders may know: that the node exists, its kind, who holds it (their codes, and
     * {@code heldBy}, as people name them, in the label) and whom to ask. No label, no roles, no properties.
     */
    NodeSummary restrictedView(List<String> holders, String heldBy) {
        return new NodeSummary(id, kind, "Restricted: held by " + heldBy + "; ask its MACE coordinator to share it",
                null, null, holders, true, List.of(), null, null);
    }

    public static NodeSummary from(Value id, Value labels, Value properties) {
        return from(id.asString(), labels.asList(Value::asString), properties.asMap());
    }

    public static EntityKind kindOf(List<String> labels) {
        for (String label : labels) {
            EntityKind kind = EntityKind.ofLabel(label);
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** The words a person would use for a node: a name, a number, a mark, a handle or "SIGHTING 2026-10-30". */
    static String labelOf(EntityKind kind, Map<String, Object> p) {
        if (kind == null) {
            return "?";
        }
        return switch (kind) {
            case PHONE -> String.valueOf(p.get("number"));
            case VEHICLE -> String.valueOf(p.get("vrm"));
            case ONLINE_ACCOUNT -> p.get("platform") + " " + p.get("handle");
            case INCIDENT -> p.get("occurredAt") == null ? String.valueOf(p.get("incidentType"))
                    : p.get("incidentType") + " " + String.valueOf(p.get("occurredAt")).substring(0, 10);
            case LOCATION -> p.get("name") != null ? String.valueOf(p.get("name"))
                    : p.get("address") != null ? String.valueOf(p.get("address")) : String.valueOf(p.get("postcode"));
            default -> String.valueOf(p.get("name"));
        };
    }

    /** The properties to show: points become longitude and latitude, internal ones are left out. */
    public static Map<String, Object> visibleProperties(Map<String, Object> properties) {
        Map<String, Object> visible = new LinkedHashMap<>();
        properties.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (INTERNAL.contains(e.getKey())) {
                return;
            }
            if (e.getValue() instanceof Point point) {
                visible.put("longitude", point.x());
                visible.put("latitude", point.y());
            } else if (e.getValue() instanceof TemporalAccessor time) {
                visible.put(e.getKey(), time.toString());
            } else {
                visible.put(e.getKey(), e.getValue());
            }
        });
        return visible;
    }
}
