package org.linkmap.service.access;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Children's dates of birth as free text writes them ({@code 03/02/2011}, {@code 2011-02-03}, {@code 3 February
 * 2011}, in any script's digits), for {@link ChildRedactor}. Immutable and thread-safe.
 */
final class BirthDates {

    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec";
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern UK_DATE = Pattern.compile("\\b(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD_DATE = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTHS + ")[a-z]*\\.?,?\\s+(\\d{4})\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final Set<LocalDate> dates;
    private final String replacement;

    BirthDates(Set<LocalDate> dates, String replacement) {
        this.dates = Set.copyOf(dates);
        this.replacement = replacement;
    }

    boolean isEmpty() {
        return dates.isEmpty();
    }

    /**
     * The text with each date of birth written in it replaced. Dates are matched in a copy of the text with each
     * character in its plain form ({@link Words#plainCharacters}), so that a match's place in the copy is its place
     * in the text.
     */
    String redact(String text) {
        String[] texts = {text, Words.plainCharacters(text)};
        replaceDates(texts, ISO_DATE, m -> date(m.group(1), m.group(2), m.group(3)));
        replaceDates(texts, UK_DATE, m -> date(fullYear(m.group(3)), m.group(2), m.group(1)));
        replaceDates(texts, WORD_DATE, m -> date(m.group(3), String.valueOf(month(m.group(2))), m.group(1)));
        return texts[0];
    }

    /** {@code texts}: the text and its plain copy, both rewritten with each date of birth the copy shows. */
    private void replaceDates(String[] texts, Pattern pattern, Function<Matcher, LocalDate> parse) {
        Matcher m = pattern.matcher(texts[1]);
        StringBuilder original = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            LocalDate date = parse.apply(m);
            if (date != null && dates.contains(date)) {
                original.append(texts[0], copied, m.start()).append(replacement);
                plain.append(texts[1], copied, m.start()).append(replacement);
                copied = m.end();
            }
        }
        texts[0] = original.append(texts[0], copied, texts[0].length()).toString();
        texts[1] = plain.append(texts[1], copied, texts[1].length()).toString();
    }

    private static String fullYear(String year) {
        if (year.length() == 4) {
            return year;
        }
        int twoDigits = Integer.parseInt(year);
        return String.valueOf(twoDigits <= LocalDate.now().getYear() % 100 ? 2000 + twoDigits : 1900 + twoDigits);
    }

    private static int month(String name) {
        return List.of(MONTHS.replace("|sept", "").split("\\|")).indexOf(Words.fold(name).substring(0, 3)) + 1;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
