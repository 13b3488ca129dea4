package org.linkmap.model.submission;

import java.util.Locale;
import java.util.Optional;

/**
 * Normalisation of the identifiers that make two records the same thing: phone numbers, vehicle
 * registration marks and online handles. A normalised value is what the graph stores and matches on.
 */
public final class Identifiers {

    /** The shape of the ids the service gives nodes (random UUIDs, lower case). */
    public static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private Identifiers() {
    }

    /**
     * A phone number in E.164 form. UK numbers arrive as {@code 07700 900123}, {@code +44 7700 900123},
     * {@code 0044 7700 900123}, {@code +44 (0)7700 900123} or {@code 447700900123}; all become
     * {@code +447700900123}. Other international numbers keep their country code.
     *
     * @return the number, or empty when it does not hold 7 to 15 digits after normalisation
     */
    public static Optional<String> phone(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = raw.strip().replace("(0)", "").replaceAll("[\\s().\\-/]", "");
        boolean international = compact.startsWith("+") || compact.startsWith("00");
        String digits = compact.startsWith("+") ? compact.substring(1) : compact.startsWith("00") ? compact.substring(2) : compact;
        if (!digits.matches("\\d{7,15}")) {
            return Optional.empty();
        }
        if (international) {
            return Optional.of("+" + digits);
        }
        if (digits.startsWith("0")) {
            return Optional.of("+44" + digits.substring(1));
        }
        if (digits.startsWith("44") && digits.length() == 12) {
            return Optional.of("+" + digits);
        }
        return Optional.of(digits);
    }

    /**
     * A vehicle registration mark in upper case without spaces or punctuation ({@code yx19 abc} becomes
     * {@code YX19ABC}).
     *
     * @return the mark, or empty when it is not 1 to 8 letters and digits
     */
    public static Optional<String> vrm(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String mark = raw.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-.]", "");
        return mark.matches("[A-Z0-9]{1,8}") ? Optional.of(mark) : Optional.empty();
    }

    /** An online account's key: the platform in lower case, a colon, and the handle in lower case without a leading {@code @}. */
    public static String onlineAccount(String platform, String handle) {
        String name = handle.strip();
        if (name.startsWith("@")) {
            name = name.substring(1);
        }
        return platform.strip().toLowerCase(Locale.ROOT) + ":" + name.toLowerCase(Locale.ROOT);
    }

    /** An agency identifier's key, such as {@code LCS:LCS-900001}: the scheme in upper case and the value trimmed. */
    public static String agencyIdentifier(String scheme, String value) {
        return scheme.strip().toUpperCase(Locale.ROOT) + ":" + value.strip().toUpperCase(Locale.ROOT);
    }
}
