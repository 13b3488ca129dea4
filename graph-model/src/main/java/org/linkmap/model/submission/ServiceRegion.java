package org.linkmap.model.submission;

import java.util.Locale;

/**
 * The part of the world the service covers: a longitude/latitude box (by default Great Britain's). A position
 * outside it is refused, naming the field, because one stray point (a sign slip, a swapped pair, a number that
 * underflowed to 0) stretches every grid the hotspot methods build over the incidents and poisons the analysis
 * for everyone. Grid references are converted to WGS84 first; postcodes come from a table inside the region.
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceRegion {

    /** Converts a British National Grid easting and northing (metres) to {@code [longitude, latitude]}. */
    @FunctionalInterface
    public interface GridToWgs84 {
        double[] toWgs84(double easting, double northing);
    }

    /** No region: every valid coordinate is accepted. */
    public static final ServiceRegion ANYWHERE = new ServiceRegion("anywhere", -90, 90, -180, 180, null);

    private final String name;
    private final double minLatitude;
    private final double maxLatitude;
    private final double minLongitude;
    private final double maxLongitude;
    private final GridToWgs84 grid;

    /**
     * @param name the region's name, for messages
     * @param grid how to place grid references (null to accept every grid reference of the National Grid)
     * @throws IllegalArgumentException when the box is empty or not within -90..90, -180..180
     */
    public ServiceRegion(String name, double minLatitude, double maxLatitude, double minLongitude, double maxLongitude,
                         GridToWgs84 grid) {
        if (!(minLatitude >= -90 && maxLatitude <= 90 && minLatitude < maxLatitude
                && minLongitude >= -180 && maxLongitude <= 180 && minLongitude < maxLongitude)) {
            throw new IllegalArgumentException("the region " + name + " must be a box within -90..90 and -180..180, min below max");
        }
        this.name = name;
        this.minLatitude = minLatitude;
        this.maxLatitude = maxLatitude;
        this.minLongitude = minLongitude;
        this.maxLongitude = maxLongitude;
        this.grid = grid;
    }

    /** Records a problem on {@code path}'s coordinate fields when {@code position} lies outside the region. */
    void check(Problems problems, String path, Position position) {
        if (position instanceof Position.Wgs84 p) {
            if (!within(p.latitude(), minLatitude, maxLatitude)) {
                problems.add(path + ".lat", outside("latitude " + p.latitude()));
            }
            if (!within(p.longitude(), minLongitude, maxLongitude)) {
                problems.add(path + ".lon", outside("longitude " + p.longitude()));
            }
        } else if (position instanceof Position.BritishNationalGrid p && grid != null) {
            double[] lonLat = grid.toWgs84(p.easting(), p.northing());
            if (!within(lonLat[1], minLatitude, maxLatitude) || !within(lonLat[0], minLongitude, maxLongitude)) {
                String where = String.format(Locale.ROOT, "easting %.0f, northing %.0f (%.4f N, %.4f E)",
                        p.easting(), p.northing(), lonLat[1], lonLat[0]);
                problems.add(path + (within(lonLat[1], minLatitude, maxLatitude) ? ".easting" : ".northing"), outside(where));
            }
        }
    }

    /** Whether a WGS84 position lies in the region. */
    public boolean contains(double longitude, double latitude) {
        return within(latitude, minLatitude, maxLatitude) && within(longitude, minLongitude, maxLongitude);
    }

    /** Why a position does not lie in the region, for a message naming what was given. */
    public String outside(String what) {
        return String.format(Locale.ROOT, "%s lies outside the service region (%s: latitude %s to %s, longitude %s to %s)",
                what, name, minLatitude, maxLatitude, minLongitude, maxLongitude);
    }

    private static boolean within(double value, double min, double max) {
        return value >= min && value <= max;
    }
}
