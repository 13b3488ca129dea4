package org.linkmap.bench.data;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Invented names, identifiers, numbers and marks, each a pure function of an index and a seed, so that the
 * millionth person is the same person in every run without anyone being held in memory. Every person made
 * here is fictional; the surnames are chosen so that no one could mistake them for real records.
 */
final class Fiction {

    static final List<String> FIRST = List.of("Amber", "Chloe", "Ellie", "Mia", "Lacey", "Tyler", "Josh", "Liam", "Ryan",
            "Harvey", "Owen", "Demi", "Kian", "Leah", "Jade", "Reece", "Callum", "Shannon", "Bethany", "Kyle", "Nathan",
            "Aaron", "Lewis", "Connor", "Rhys", "Tariq", "Jordan", "Dean", "Marek", "Kasia", "Imran", "Sofia", "Brandon", "Keira");
    static final List<String> LAST = List.of("Testchild", "Mockridge", "Sampleton", "Testerton", "Notional", "Samplewood",
            "Testford", "Specimen", "Mockett", "Madeup", "Examplar", "Fakenham", "Dummer", "Placeholt", "Exampleton",
            "Mockford", "Demoson", "Sampleby", "Testwell", "Fictional", "Placeholder", "Inventa", "Pretendon", "Figmentley");
    static final List<String> AGENCIES = List.of("LANCASHIRE_POLICE", "LANCS_CSC", "BLACKPOOL_CSC", "BLACKBURN_CSC",
            "LSC_ICB", "LANCS_YJS", "BLACKPOOL_LICENSING", "LANCS_EDUCATION");
    static final List<String> AREAS = List.of("LANCS_NORTH", "LANCS_CENTRAL", "LANCS_EAST", "BLACKPOOL", "BLACKBURN_DARWEN");
    static final List<String> LOCATION_TYPES = List.of("HOTEL", "GUEST_HOUSE", "TAKEAWAY", "PARK", "CAR_PARK",
            "TRANSPORT_HUB", "SHOP", "SCHOOL", "LICENSED_PREMISES", "TAXI_RANK");
    static final List<String> NETWORK_TYPES = List.of("ORGANISED_GROUP", "GANG", "PEER_GROUP", "COUNTY_LINE", "ONLINE_GROUP");
    static final List<String> INCIDENT_TYPES = List.of("CONCERN", "SIGHTING", "MISSING_EPISODE", "FOUND", "DISCLOSURE",
            "INTELLIGENCE", "ASSAULT", "ARREST");
    static final List<String> MAKES = List.of("Audi", "BMW", "Ford", "Vauxhall", "Toyota", "Nissan", "Kia", "Seat");
    static final List<String> COLOURS = List.of("black", "white", "silver", "blue", "red", "grey");
    static final OffsetDateTime START = OffsetDateTime.of(2025, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final String MARK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";

    private final long seed;

    Fiction(long seed) {
        this.seed = seed;
    }

    /** A random source for one thing (kind and index), the same in every run with this seed. */
    SplittableRandom of(int kind, long index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + kind * 0xBF58476D1CE4E5B9L + index);
    }

    String name(int kind, long index) {
        SplittableRandom r = of(kind, index);
        return pick(r, FIRST) + " " + pick(r, LAST);
    }

    static String lcs(long child) {
        return "LCS-" + (700000 + child);
    }

    static String pnc(long person) {
        return "PNC-" + (20000 + person) + "/" + MARK_LETTERS.charAt((int) (person % MARK_LETTERS.length()));
    }

    /** A phone number in one of the formats agencies write them in; all of them normalise to the same E.164 number. */
    static String phone(long index, SplittableRandom r) {
        String digits = String.format("%07d", index);
        String national = "0770" + digits;
        return switch (r.nextInt(3)) {
            case 0 -> national.substring(0, 5) + " " + national.substring(5);
            case 1 -> "+44 " + national.substring(1, 5) + " " + national.substring(5);
            default -> "44" + national.substring(1);
        };
    }

    /** A registration mark, distinct for every index below 21 x 21 x 15 x 23^3. */
    static String vrm(long index) {
        long rest = index;
        char[] tail = new char[3];
        for (int i = 2; i >= 0; i--) {
            tail[i] = MARK_LETTERS.charAt((int) (rest % MARK_LETTERS.length()));
            rest /= MARK_LETTERS.length();
        }
        int age = 10 + (int) (rest % 15);
        rest /= 15;
        char second = MARK_LETTERS.charAt((int) (rest % 21));
        char first = MARK_LETTERS.charAt((int) (rest / 21 % 21));
        return "" + first + second + age + " " + new String(tail);
    }

    static <T> T pick(SplittableRandom r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }

    static String iso(OffsetDateTime moment) {
        return moment.toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
