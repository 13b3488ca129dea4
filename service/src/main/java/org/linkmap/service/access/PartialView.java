package org.linkmap.service.access;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A node as the reader's own sources recorded it, for a node only some of whose sources are in view: its
 * name is the first name those sources gave, its aliases the other names and aliases they gave, and each
 * other descriptive value the first they gave. What the node is (its number, mark, handle, point, type and
 * time) is the same for everyone and kept.
 */
@Component
class PartialView {

    /** Values that differ by source: what a reader outside those sources must not learn from them. */
    private static final Set<String> DESCRIPTIVE = Set.of("name", "aliases", "dob", "dobYear", "gender", "hazards", "riskLevel",
            "identifierKeys", "locationType", "address", "postcode", "networkType", "orgType", "licence", "make", "model",
            "colour", "summary", "vulnerable", "areas", "agencies", "sources", "firstReported", "lastReported");
    private static final Set<String> LISTS = Set.of("aliases", "hazards");

    private final SubmissionFacts facts;

    PartialView(SubmissionFacts facts) {
        this.facts = facts;
    }

    /**
     * The label from the visible sources for what sources name differently (people, places, organisations);
     * the node's own label for what is the same for everyone (a number, a mark, a handle, a network's name).
     */
    String label(NodeSummary node, List<Source> visible) {
        if (node.kind() != EntityKind.PERSON && node.kind() != EntityKind.LOCATION && node.kind() != EntityKind.ORGANISATION) {
            return node.label();
        }
        Map<String, Object> own = properties(node, Map.of(), visible);
        if (own.get("name") == null && own.get("address") == null && own.get("postcode") == null) {
            return node.kind().name().charAt(0) + node.kind().name().substring(1).toLowerCase(java.util.Locale.ROOT)
                    + " (named by another area)";
        }
        return NodeSummary.labelOf(node.kind(), own);
    }

    /** Whether a source in view marks the person a person of interest (another area's marking is its own fact). */
    boolean saysPersonOfInterest(NodeSummary node, List<Source> visible) {
        for (SubmissionFacts.Said said : facts.of(visible.stream().map(Source::id).toList())) {
            JsonNode fields = said.byNode().get(node.id());
            if (fields != null) {
                for (JsonNode role : fields.path("roles")) {
                    if ("POI".equals(role.asText())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The node's properties, descriptive values taken only from the visible sources. */
    Map<String, Object> properties(NodeSummary node, Map<String, Object> stored, List<Source> visible) {
        Map<String, Object> shown = new LinkedHashMap<>();
        stored.forEach((key, value) -> {
            if (!DESCRIPTIVE.contains(key)) {
                shown.put(key, value);
            }
        });
        keepIdentity(node, stored, shown);
        Set<String> names = new LinkedHashSet<>();
        Set<String> agencies = new LinkedHashSet<>();
        for (SubmissionFacts.Said said : facts.of(visible.stream().map(Source::id).toList())) {
            JsonNode fields = said.byNode().get(node.id());
            if (fields != null) {
                take(fields, shown, names);
            }
        }
        visible.forEach(s -> agencies.add(s.agency()));
        List<String> nameList = new ArrayList<>(names);
        if (!nameList.isEmpty()) {
            shown.putIfAbsent("name", nameList.get(0));
            List<String> aliases = new ArrayList<>(nameList.subList(1, nameList.size()));
            if (!aliases.isEmpty()) {
                shown.put("aliases", aliases);
            }
        }
        shown.put("sources", visible.stream().map(Source::id).toList());
        shown.put("agencies", List.copyOf(agencies));
        Set<String> areas = new java.util.TreeSet<>();
        visible.forEach(s -> areas.addAll(s.areas()));
        shown.put("areas", List.copyOf(areas));
        return shown;
    }

    /** Keys every reader shares (one phone, one mark, one account): kept so the label is the same node's. */
    private static void keepIdentity(NodeSummary node, Map<String, Object> stored, Map<String, Object> shown) {
        if (node.kind() == EntityKind.NETWORK && stored.containsKey("name")) {
            shown.put("name", stored.get("name"));
        }
    }

    private static void take(JsonNode fields, Map<String, Object> shown, Set<String> names) {
        fields.properties().forEach(field -> {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("name") && value.isTextual()) {
                names.add(value.asText());
            } else if (key.equals("aliases")) {
                value.forEach(alias -> names.add(alias.asText()));
            } else if (LISTS.contains(key) && value.isArray()) {
                @SuppressWarnings("unchecked")
                List<Object> list = (List<Object>) shown.computeIfAbsent(key, k -> new ArrayList<>());
                Set<Object> seen = new HashSet<>(list);
                value.forEach(item -> {
                    if (seen.add(item.asText())) {
                        list.add(item.asText());
                    }
                });
            } else if (DESCRIPTIVE.contains(key) && value.isValueNode() && !shown.containsKey(key)) {
                shown.put(key, value.isNumber() ? value.numberValue() : value.asText());
            }
        });
    }
}
