package org.linkmap.geo.crs;

/**
 * Converts between WGS84 longitude/latitude (EPSG:4326, degrees) and the British National Grid
 * (EPSG:27700, metres). Hotspot algorithms work in grid metres; everything leaving the service is WGS84.
 *
 * <p>Implementations are thread-safe.
 */
public interface GridTransform {

    /** Projects a WGS84 position to British National Grid metres: {@code [easting, northing]}. */
    double[] toBritishNationalGrid(double longitude, double latitude);

    /** Unprojects British National Grid metres to WGS84 degrees: {@code [longitude, latitude]}. */
    double[] toWgs84(double easting, double northing);

    /** The transform Linkmap uses by default. */
    static GridTransform standard() {
        return Proj4jGridTransform.INSTANCE;
    }
}
