package org.linkmap.model;

/**
 * The police 3x5x2 grading of a piece of intelligence.
 *
 * @param source       source evaluation: 1 reliable, 2 untested, 3 not reliable
 * @param intelligence intelligence assessment: A known directly ... E suspected false
 * @param handling     handling code: P lawful sharing permitted, C sharing with conditions
 */
public record Grading(int source, char intelligence, char handling) {

    public Grading {
        if (source < 1 || source > 3) {
            throw new IllegalArgumentException("source evaluation must be 1, 2 or 3");
        }
        if (intelligence < 'A' || intelligence > 'E') {
            throw new IllegalArgumentException("intelligence assessment must be A to E");
        }
        if (handling != 'P' && handling != 'C') {
            throw new IllegalArgumentException("handling code must be P or C");
        }
    }

    /** The compact form used on reports, for example {@code 2B P}. */
    public String code() {
        return "" + source + intelligence + " " + handling;
    }

    /**
     * Whether this grading is stronger than {@code other}: a more reliable source first, then a
     * more direct assessment. Handling is not a measure of strength and is not compared.
     */
    public boolean isStrongerThan(Grading other) {
        if (source != other.source) {
            return source < other.source;
        }
        return intelligence < other.intelligence;
    }
}
