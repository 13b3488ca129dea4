package org.linkmap.model.submission;

import java.util.Locale;

/** The shape of a UK postcode, in the single-space form the postcode table uses. */
public final class Postcodes {

    private static final String SHAPE = "[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}";

    private Postcodes() {
    }

    /** The postcode in upper case with one space before the inward code, or {@code null} if it is not one. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String compact = raw.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        if (!compact.matches(SHAPE)) {
            return null;
        }
        return compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
    }
}
