package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.Source;
import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A submission as received, as the current reader may see it (the policy is {@link Disclosure}'s):
 * <ul>
 *   <li>places and incidents lying outside a MACE member's areas, in a submission not made to the member's own
 *   forum, are replaced by a note of who holds them, with the links that name them;</li>
 *   <li>for a reader who may not see children's identities, each child's name, aliases, date of birth and
 *   identifiers are replaced by the child's pseudonym, a child being whoever the graph holds as one now (so a
 *   person marked a child by a later submission is redacted here too), and every text has children's names,
 *   dates of birth and identifiers taken out.</li>
 * </ul>
 */
@Component
class SubmissionRedaction {

    private static final List<String> IDENTITY_FIELDS = List.of("name", "aliases", "dob", "dobYear", "identifiers");
    /** Codes and ids; refs are redacted like any text (a submitter may name a ref after a child), consistently. */
    private static final Set<String> CODES = Set.of("id", "type", "agency", "incidentType", "locationType",
            "networkType", "orgType", "role", "kind", "gender", "riskLevel", "submittedAt", "occurredAt", "meetingDate");

    private final ObjectMapper json;
    private final Disclosure disclosure;
    private final Graph graph;

    SubmissionRedaction(ObjectMapper json, Disclosure disclosure, Graph graph) {
        this.json = json;
        this.disclosure = disclosure;
        this.graph = graph;
    }

    /** @param nodeIds the receipt's map from entity and incident ref to node id */
    String forReader(String body, Map<String, String> nodeIds, Source source) {
        try {
            JsonNode root = json.readTree(body);
            withholdOutOfArea(root, nodeIds, source);
            if (!disclosure.seesChildIdentity()) {
                redactChildren(root, nodeIds);
            }
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored submission is not JSON", e);
        }
    }

    private void withholdOutOfArea(JsonNode root, Map<String, String> nodeIds, Source source) {
        Set<String> scope = disclosure.areaScope();
        if (scope.isEmpty() || source.forumArea() != null && scope.contains(source.forumArea())) {
            return;
        }
        Map<String, double[]> points = points(new ArrayList<>(nodeIds.values()));
        Set<String> withheld = new HashSet<>();
        for (String list : List.of("entities", "incidents")) {
            if (root.path(list) instanceof ArrayNode items) {
                for (int i = 0; i < items.size(); i++) {
                    String ref = items.get(i).path("ref").asText();
                    double[] point = points.get(nodeIds.get(ref));
                    if (point != null && !disclosure.inAreaScope(point[0], point[1])) {
                        withheld.add(ref);
                        ObjectNode note = json.createObjectNode().put("ref", ref)
                                .put("restricted", "Held by another area; ask its MACE coordinator to share it.");
                        items.set(i, note);
                    }
                }
            }
        }
        if (root.path("links") instanceof ArrayNode links) {
            for (int i = links.size() - 1; i >= 0; i--) {
                if (withheld.contains(links.get(i).path("from").asText()) || withheld.contains(links.get(i).path("to").asText())) {
                    links.remove(i);
                }
            }
        }
        for (JsonNode incident : root.path("incidents")) {
            if (incident instanceof ObjectNode object && withheld.contains(incident.path("location").asText())) {
                object.remove("location");
            }
        }
    }

    private Map<String, double[]> points(List<String> ids) {
        Map<String, double[]> points = new HashMap<>();
        graph.read(tx -> tx.list("ingest/find-points", Map.of("ids", ids), r -> r)).forEach(r ->
                points.put(r.get("id").asString(), new double[] {r.get("longitude").asDouble(), r.get("latitude").asDouble()}));
        return points;
    }

    private void redactChildren(JsonNode root, Map<String, String> nodeIds) {
        List<String[]> replacements = new ArrayList<>();
        for (JsonNode entity : root.path("entities")) {
            String nodeId = nodeIds.getOrDefault(entity.path("ref").asText(), entity.path("ref").asText());
            if (entity instanceof ObjectNode child && (saysChild(entity) || disclosure.isChildId(nodeId))) {
                String pseudonym = disclosure.pseudonym(nodeId);
                namesOf(child).forEach(name -> replacements.add(new String[] {name, pseudonym}));
                IDENTITY_FIELDS.forEach(child::remove);
                child.put("pseudonym", pseudonym);
            }
        }
        replaceInText(root, replacements);
    }

    private static boolean saysChild(JsonNode entity) {
        for (JsonNode role : entity.path("roles")) {
            if ("CHILD".equals(role.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The child's full name, each part of it longer than two letters, and aliases: longest first. */
    private static List<String> namesOf(JsonNode child) {
        List<String> names = new ArrayList<>();
        String name = child.path("name").asText("");
        if (!name.isBlank()) {
            names.add(name);
            for (String part : name.split("[\\s-]+")) {
                if (part.length() > 2) {
                    names.add(part);
                }
            }
        }
        child.path("aliases").forEach(alias -> names.add(alias.asText()));
        names.sort((a, b) -> b.length() - a.length());
        return names;
    }

    /** Every text but codes and references: the names this submission gives its children, then every child's. */
    private void replaceInText(JsonNode node, List<String[]> replacements) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (field.getValue().isTextual() && !CODES.contains(field.getKey())) {
                    object.set(field.getKey(), new TextNode(disclosure.text(replace(field.getValue().asText(), replacements))));
                } else {
                    replaceInText(field.getValue(), replacements);
                }
            });
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, new TextNode(disclosure.text(replace(array.get(i).asText(), replacements))));
                } else {
                    replaceInText(array.get(i), replacements);
                }
            }
        }
    }

    private static String replace(String text, List<String[]> replacements) {
        String result = text;
        for (String[] r : replacements) {
            result = Pattern.compile("\\b" + Pattern.quote(r[0]) + "\\b", Pattern.CASE_INSENSITIVE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement(r[1]));
        }
        return result;
    }
}
