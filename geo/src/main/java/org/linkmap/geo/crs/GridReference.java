package org.linkmap.geo.crs;

import java.util.Locale;

/**
 * Ordnance Survey grid references: British National Grid metres written as two letters for the 100 km square
 * and five digits each of easting and northing within it, for example {@code SD 30775 36286} for
 * E 330775, N 436286 (Blackpool Tower). The letters follow the OS scheme: a 5 × 5 grid of 500 km squares
 * (A to Z without I) starting from S at the false origin, each divided into 5 × 5 squares of 100 km.
 * Digits are truncated, not rounded, as the OS writes them: a reference names the square a point lies in.
 */
public final class GridReference {

    /** The grid's extent in metres: references exist for 0 ≤ E < 700 km and 0 ≤ N < 1300 km. */
    public static final double MAX_EASTING = 700_000;
    public static final double MAX_NORTHING = 1_300_000;

    private GridReference() {
    }

    /** The ten-figure reference of a point given in British National Grid metres. */
    public static String format(double easting, double northing) {
        if (!(easting >= 0 && easting < MAX_EASTING && northing >= 0 && northing < MAX_NORTHING)) {
            throw new IllegalArgumentException("E " + easting + ", N " + northing + " lies outside the British National Grid");
        }
        long e = (long) Math.floor(easting);
        long n = (long) Math.floor(northing);
        int e100k = (int) (e / 100_000);
        int n100k = (int) (n / 100_000);
        int first = (19 - n100k) - (19 - n100k) % 5 + (e100k + 10) / 5;
        int second = (19 - n100k) * 5 % 25 + e100k % 5;
        return String.format(Locale.ROOT, "%c%c %05d %05d", letter(first), letter(second), e % 100_000, n % 100_000);
    }

    /** The letter at a 0-based position of the 25-letter alphabet without I. */
    private static char letter(int index) {
        return (char) ('A' + (index > 7 ? index + 1 : index));
    }
}
