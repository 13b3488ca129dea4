package org.linkmap.model.identity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Blocking keys for finding candidate matches without comparing every pair: the Double Metaphone codes of
 * each part of a person's name and aliases, so that "Marrek Fictionall" and "Marek Fictional" share keys.
 */
public final class NameKeys {

    private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

    private NameKeys() {
    }

    public static List<String> of(String name, List<String> aliases) {
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        if (name != null) {
            names.add(name);
        }
        if (aliases != null) {
            names.addAll(aliases);
        }
        for (String each : names) {
            for (String part : parts(each)) {
                if (part.length() >= 2) {
                    keys.add(METAPHONE.doubleMetaphone(part));
                }
            }
        }
        keys.remove("");
        return List.copyOf(keys);
    }

    /** The parts of a name in lower case, split at spaces, hyphens and apostrophes. */
    static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.toLowerCase(Locale.ROOT).split("[\\s\\-'’.]+")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts;
    }

    static String soundOf(String part) {
        return METAPHONE.doubleMetaphone(part);
    }
}
