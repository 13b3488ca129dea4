package org.linkmap.service.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Whether search words match the values a reader may see of a node, with the same tolerance the full-text
 * search has: a word of four letters or more may be misspelt a little, a shorter one is a prefix.
 */
final class VisibleText {

    private static final double SIMILAR = 0.88;
    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    private VisibleText() {
    }

    static boolean matches(String query, Map<String, Object> visible) {
        List<String> words = words(valuesOf(visible.values()));
        for (String term : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!term.isEmpty() && words.stream().anyMatch(w -> w.startsWith(term)
                    || term.length() >= 4 && SIMILARITY.apply(term, w) >= SIMILAR)) {
                return true;
            }
        }
        return false;
    }

    private static String valuesOf(Collection<Object> values) {
        StringBuilder text = new StringBuilder();
        for (Object value : values) {
            if (value instanceof String s) {
                text.append(' ').append(s);
            } else if (value instanceof Collection<?> list) {
                list.forEach(item -> text.append(' ').append(item));
            }
        }
        return text.toString();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
