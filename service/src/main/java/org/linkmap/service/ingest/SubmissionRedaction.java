package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.linkmap.service.access.Disclosure;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * A submission as received, with what identifies its children taken out for readers whose role does not
 * see children's identities: each child's name, aliases, date of birth and identifiers are replaced by the
 * child's pseudonym, and so are the child's names and aliases wherever they appear in free text.
 */
@Component
class SubmissionRedaction {

    private static final List<String> IDENTITY_FIELDS = List.of("name", "aliases", "dob", "dobYear", "identifiers");

    private final ObjectMapper json;

    SubmissionRedaction(ObjectMapper json) {
        this.json = json;
    }

    /** @param nodeIds the receipt's map from entity ref to node id */
    String redactChildren(String body, Map<String, String> nodeIds) {
        try {
            JsonNode root = json.readTree(body);
            List<String[]> replacements = new ArrayList<>();
            for (JsonNode entity : root.path("entities")) {
                if (isChild(entity) && entity instanceof ObjectNode child) {
                    String pseudonym = Disclosure.pseudonym(nodeIds.getOrDefault(child.path("ref").asText(), child.path("ref").asText()));
                    namesOf(child).forEach(name -> replacements.add(new String[] {name, pseudonym}));
                    IDENTITY_FIELDS.forEach(child::remove);
                    child.put("pseudonym", pseudonym);
                }
            }
            replaceInText(root, replacements);
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored submission is not JSON", e);
        }
    }

    private static boolean isChild(JsonNode entity) {
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

    private static void replaceInText(JsonNode node, List<String[]> replacements) {
        if (replacements.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> {
                if (field.getValue().isTextual() && isFreeText(field.getKey())) {
                    object.set(field.getKey(), new TextNode(replace(field.getValue().asText(), replacements)));
                } else {
                    replaceInText(field.getValue(), replacements);
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> replaceInText(item, replacements));
        }
    }

    private static boolean isFreeText(String field) {
        return field.equals("narrative") || field.equals("summary");
    }

    private static String replace(String text, List<String[]> replacements) {
        String result = text;
        for (String[] r : replacements) {
            result = Pattern.compile("\\b" + Pattern.quote(r[0]) + "\\b", Pattern.CASE_INSENSITIVE).matcher(result)
                    .replaceAll(java.util.regex.Matcher.quoteReplacement(r[1]));
        }
        return result;
    }
}
