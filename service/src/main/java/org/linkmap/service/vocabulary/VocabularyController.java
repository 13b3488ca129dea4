package org.linkmap.service.vocabulary;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.linkmap.model.Vocabulary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/vocabulary}: every closed list of {@link Vocabulary}, keyed by the plural of the enum's name in
 * camel case ({@code IncidentType} becomes {@code incidentTypes}), each in declaration order. Read from the enums
 * themselves so a word added to the format reaches the pages without a second edit; the node kinds and link types
 * ({@code entityKinds}, {@code linkTypes}) are added for the network explorer.
 */
@RestController
class VocabularyController {

    private static final Map<String, List<String>> LISTS = lists();

    @GetMapping("/api/vocabulary")
    Map<String, List<String>> vocabulary() {
        return LISTS;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> lists() {
        Map<String, List<String>> lists = new TreeMap<>();
        Arrays.stream(Vocabulary.class.getDeclaredClasses()).filter(Class::isEnum).forEach(type ->
                lists.put(key(type.getSimpleName()), Vocabulary.namesOf((Class<? extends Enum<?>>) type)));
        lists.put("entityKinds", Vocabulary.namesOf(org.linkmap.model.EntityKind.class));
        lists.put("linkTypes", Vocabulary.namesOf(org.linkmap.model.LinkType.class));
        return Collections.unmodifiableMap(lists);
    }

    private static String key(String enumName) {
        return Character.toLowerCase(enumName.charAt(0)) + enumName.substring(1) + "s";
    }
}
