package org.linkmap.service.access;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Words as {@link ChildRedactor} compares them. Text is cut into runs of letters and digits (an accent or an
 * invisible character inside a run belongs to it), and a word is folded so that a name cannot be slipped past in
 * another form of the same letters: full-width or mathematical letters and digits read as their plain forms,
 * accents and invisible characters (zero-width spaces and joiners, soft hyphens) are dropped, Cyrillic and Greek
 * letters drawn like Latin ones read as those, and case is ignored.
 */
final class Words {

    private Words() {
    }

    /** Where each word of the text starts and ends (exclusive), in order. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            boolean word = Character.isLetterOrDigit(point) || (start >= 0 && isInvisibleInWord(point));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                spans.add(new int[] {start, i});
                start = -1;
            }
            i += Character.charCount(point);
        }
        if (start >= 0) {
            spans.add(new int[] {start, text.length()});
        }
        return spans;
    }

    /** An accent, or a character with no glyph (zero-width space or joiner, soft hyphen), inside a word. */
    private static boolean isInvisibleInWord(int point) {
        int type = Character.getType(point);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.FORMAT;
    }

    /** A word as it is compared: compatibility forms made plain, accents and invisible characters dropped, lower case. */
    static String fold(CharSequence word) {
        if (isAscii(word)) {
            return word.toString().toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(p -> !isInvisibleInWord(p)).map(Words::latinLookAlike).forEach(folded::appendCodePoint);
        return folded.toString().toLowerCase(Locale.ROOT);
    }

    /** Cyrillic and Greek letters drawn like a Latin one: read as that letter, in the text and in the names alike. */
    private static int latinLookAlike(int point) {
        if (point < 0x80) {
            return point;
        }
        int at = LOOK_ALIKES.indexOf(point);
        return at < 0 ? point : LATIN.charAt(at);
    }

    private static final String LOOK_ALIKES = "\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0423\u0405\u0406\u0408\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0455\u0456\u0458\u04BB\u0501\u043A\u051B\u051D"
            + "\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7\u03B1\u03B9\u03BA\u03BD\u03BF\u03C1\u03C5\u03C7";
    private static final String LATIN = "ABEKMHOPCTXYSIJaeopcyxsijhdkqw" + "ABEZHIKMNOPTYXaikvopux";

    /** The text's words, folded; none for {@code null}. */
    static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        return spans(text).stream().map(s -> fold(text.substring(s[0], s[1]))).filter(w -> !w.isEmpty()).toList();
    }

    /**
     * The word with each character that has no glyph (zero-width space or joiner, soft hyphen) made a space, as
     * the words it may separate; the word itself when it has none.
     */
    static String invisibleAsSpaces(String word) {
        if (isAscii(word) || word.codePoints().noneMatch(p -> Character.getType(p) == Character.FORMAT)) {
            return word;
        }
        StringBuilder spaced = new StringBuilder(word.length());
        word.codePoints().forEach(p -> spaced.appendCodePoint(Character.getType(p) == Character.FORMAT ? ' ' : p));
        return spaced.toString();
    }

    private static boolean isAscii(CharSequence text) {
        return text.chars().allMatch(c -> c < 0x80);
    }

    /** Whether the word is all digits, of any script. */
    static boolean isDigits(String word) {
        return word.codePoints().allMatch(Character::isDigit);
    }

    /**
     * The text with each character in its plain form where that is one character (full-width digits, slashes and
     * letters), so that a place in the copy is the same place in the text.
     */
    static String plainCharacters(String text) {
        if (isAscii(text)) {
            return text;
        }
        StringBuilder plain = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String form = Character.isSurrogate(c) ? "" : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            plain.append(form.length() == 1 ? form.charAt(0) : c);
        }
        return plain.toString();
    }
}
