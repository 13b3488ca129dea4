package org.linkmap.service.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes what identifies children out of any text: full names, aliases and each part of a name (in any case and
 * any order) become the child's pseudonym, agency identifiers (with or without their separators and prefix) become
 * {@code [identifier]}, and a child's date of birth written in free text ({@code 03/02/2011}, {@code 2011-02-03},
 * {@code 3 February 2011}) becomes {@code [date of birth]}. A phrase two children share becomes {@code [child]}.
 *
 * <p>Matching is by whole words: the text is cut into runs of letters and digits and each run of up to
 * {@link #MAX_WORDS} words is looked up, so the cost is linear in the text, whatever the number of children.
 * Words are compared folded ({@link Words}), so that a name cannot be slipped past in another form of the same
 * letters, and a full name written run together ("DanaFictional") is still the name; dates of birth are found by
 * {@link BirthDates}.
 * Ids, hashes, codes (a whole value in capitals, such as the RAG status "AMBER") and pure date values are left
 * alone: a child's name never stands alone in capitals as a whole value. Immutable and thread-safe.
 */
final class ChildRedactor {

    /** What identifies one child. */
    record Child(String id, String pseudonym, String name, List<String> aliases, LocalDate dob, List<String> identifiers) {
    }

    static final String SHARED = "[child]";
    static final String IDENTIFIER = "[identifier]";
    static final String DATE_OF_BIRTH = "[date of birth]";
    private static final int MAX_WORDS = 6;
    private static final int MIN_PART = 3;
    private static final int MIN_IDENTIFIER = 4;
    private static final Pattern OPAQUE = Pattern.compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{16,}");
    /** A pseudonym this class or {@link Pseudonyms} wrote: never taken for a name. */
    private static final Pattern PSEUDONYM = Pattern.compile("Child [0-9A-Z]{5}-[0-9A-Z]{5}|\\[child\\]|\\[identifier\\]|\\[date of birth\\]");
    /** The service's own codes, which are never a child's name even when a child is called Amber. */
    private static final Set<String> CODES = codes();
    private static final Pattern PURE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?(\\[[^]]+])?)?");
    static final ChildRedactor NONE = of(List.of());

    private final Map<String, String> phrases;
    private final Map<String, String> nameParts;
    private final BirthDates birthDates;

    private ChildRedactor(Map<String, String> phrases, Map<String, String> nameParts, BirthDates birthDates) {
        this.phrases = phrases;
        this.nameParts = nameParts;
        this.birthDates = birthDates;
    }

    static ChildRedactor of(List<Child> children) {
        Map<String, String> phrases = new HashMap<>();
        Map<String, String> parts = new HashMap<>();
        Set<LocalDate> dates = new HashSet<>();
        for (Child child : children) {
            List<String> names = new ArrayList<>(child.aliases());
            if (child.name() != null) {
                names.add(child.name());
            }
            for (String name : names) {
                List<String> words = Words.words(name);
                if (!words.isEmpty() && words.size() <= MAX_WORDS) {
                    add(phrases, String.join(" ", words), child.pseudonym());
                    add(phrases, String.join("", words), child.pseudonym());
                }
                words.stream().filter(w -> w.length() >= MIN_PART && !Words.isDigits(w)).forEach(w -> add(parts, w, child.pseudonym()));
            }
            for (String identifier : child.identifiers()) {
                List<String> words = Words.words(identifier);
                if (!words.isEmpty() && words.size() <= MAX_WORDS && String.join("", words).length() >= MIN_IDENTIFIER) {
                    // However it is written: "LCS-990101", "LCS 990101", "LCS990101" or the number alone.
                    phrases.put(String.join(" ", words), IDENTIFIER);
                    phrases.put(String.join("", words), IDENTIFIER);
                    words.stream().filter(w -> w.length() >= MIN_IDENTIFIER && Words.isDigits(w)).forEach(w -> phrases.put(w, IDENTIFIER));
                }
            }
            if (child.dob() != null) {
                dates.add(child.dob());
            }
        }
        return new ChildRedactor(Map.copyOf(phrases), Map.copyOf(parts), new BirthDates(dates, DATE_OF_BIRTH));
    }

    private static void add(Map<String, String> terms, String key, String pseudonym) {
        terms.merge(key, pseudonym, (a, b) -> a.equals(b) ? a : SHARED);
    }

    boolean isEmpty() {
        return phrases.isEmpty() && nameParts.isEmpty() && birthDates.isEmpty();
    }

    /**
     * Whether the text could not name anyone whoever the children are: nothing, an id or hash, one of the
     * service's codes, or a bare date. Such text needs no index of children.
     */
    static boolean cannotIdentify(String text) {
        return text == null || text.isEmpty() || OPAQUE.matcher(text).matches() || isCode(text) || PURE_DATE.matcher(text).matches();
    }

    /** The text with every child's identity taken out; {@code null} stays {@code null}. */
    String redact(String text) {
        if (isEmpty() || cannotIdentify(text)) {
            return text;
        }
        Matcher pseudonyms = PSEUDONYM.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (pseudonyms.find()) {
            out.append(redactPiece(text.substring(from, pseudonyms.start()))).append(pseudonyms.group());
            from = pseudonyms.end();
        }
        return out.append(redactPiece(text.substring(from))).toString();
    }

    private String redactPiece(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String words = redactWords(text);
        return birthDates.isEmpty() ? words : birthDates.redact(words);
    }

    private String redactWords(String text) {
        List<int[]> spans = Words.spans(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int i = 0;
        while (i < spans.size()) {
            int matched = 0;
            String replacement = null;
            for (int n = Math.min(MAX_WORDS, spans.size() - i); n >= 1 && replacement == null; n--) {
                replacement = lookUp(text, spans, i, n);
                matched = n;
            }
            if (replacement != null) {
                out.append(text, copied, spans.get(i)[0]).append(replacement);
                copied = spans.get(i + matched - 1)[1];
                i += matched;
            } else {
                int[] span = spans.get(i);
                String word = text.substring(span[0], span[1]);
                String pieces = redactPieces(word);
                if (!pieces.equals(word)) {
                    out.append(text, copied, span[0]).append(pieces);
                    copied = span[1];
                }
                i++;
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * A word that is no name as a whole, read again as the words its invisible characters may separate ("Dana" +
     * zero-width space + "went"): those words redacted if that names a child, else the word as it was.
     */
    private String redactPieces(String word) {
        String spaced = Words.invisibleAsSpaces(word);
        if (spaced.equals(word)) {
            return word;
        }
        String redacted = redactWords(spaced);
        return redacted.equals(spaced) ? word : redacted;
    }

    private String lookUp(String text, List<int[]> spans, int first, int count) {
        StringBuilder key = new StringBuilder();
        for (int k = first; k < first + count; k++) {
            if (k > first) {
                key.append(' ');
            }
            key.append(text, spans.get(k)[0], spans.get(k)[1]);
        }
        String lower = Words.fold(key);
        String phrase = phrases.get(lower);
        if (phrase != null || count > 1) {
            return phrase;
        }
        return nameParts.get(lower);
    }

    /** A code of the service's, such as a RAG status or a role ("AMBER", "CHILD"), as the whole of a value. */
    private static boolean isCode(String text) {
        return text.length() <= 40 && CODES.contains(text);
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(List.of("RED", "AMBER", "GREEN", "OPEN", "IN_PROGRESS", "DONE", "CANCELLED", "CAWN", "SHPO",
                "SRO", "STRO", "HOTEL_NOTICE", "S49_NOTICE", "LICENSING_REVIEW", "VISIT", "PATROL", "OUTREACH", "ARREST", "OTHER",
                "ANALYST", "MACE_MEMBER", "AGENCY_USER", "ADMIN", "RUNNING", "DONE", "FAILED", "INTERRUPTED", "RESTRICTED", "CO_LOCATED"));
        for (Class<?> type : org.linkmap.model.Vocabulary.class.getDeclaredClasses()) {
            for (Object constant : type.getEnumConstants() == null ? new Object[0] : type.getEnumConstants()) {
                codes.add(((Enum<?>) constant).name());
            }
        }
        for (Enum<?> constant : org.linkmap.model.LinkType.values()) {
            codes.add(constant.name());
        }
        for (Enum<?> constant : org.linkmap.model.EntityKind.values()) {
            codes.add(constant.name());
        }
        return Set.copyOf(codes);
    }

}
