package org.linkmap.model.submission;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.submission.Submission.EntityDraft;

/**
 * The refs that tie a submission together: each entity and incident names itself with a ref unique in the
 * submission, and links and involvements point at entity refs. Also the limit on list lengths.
 */
final class Refs {

    static final int MAX_ITEMS = 2_000;

    private Refs() {
    }

    /** A new ref at {@code path}, or null (with the problem added) when it is missing, malformed or taken. */
    static String declare(Problems problems, String path, String ref, Set<String> taken) {
        if (!problems.required(path, ref)) {
            return null;
        }
        if (problems.matching(path, ref, EntityRules.REF_PATTERN, "1 to 64 letters, digits and _ . : -") == null) {
            return null;
        }
        if (taken.contains(ref)) {
            problems.add(path, "duplicates the ref '" + ref + "' used earlier in this submission");
            return null;
        }
        return ref;
    }

    /** Whether {@code ref} at {@code path} names an entity of this submission (the problem added when not). */
    static boolean known(Problems problems, String path, String ref, Map<String, EntityDraft> byRef) {
        if (!problems.required(path, ref)) {
            return false;
        }
        if (!byRef.containsKey(ref)) {
            problems.add(path, "refers to '" + abbreviate(ref) + "', which is not an entity ref of this submission");
            return false;
        }
        return true;
    }

    /** Whether {@code items} at {@code path} is longer than the limit (the problem added when so). */
    static boolean tooMany(Problems problems, String path, List<?> items) {
        if (items.size() > MAX_ITEMS) {
            problems.add(path, "must have at most " + MAX_ITEMS + " items; use the bulk endpoint for more");
            return true;
        }
        return false;
    }

    static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
