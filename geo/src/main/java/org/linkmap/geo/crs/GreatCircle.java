package org.linkmap.geo.crs;

/**
 * Distances on the WGS84 sphere between longitude/latitude positions in degrees, by the haversine formula on
 * a sphere of radius {@value #EARTH_RADIUS_METRES} m: the radius Neo4j's {@code point.distance} uses for WGS84
 * points, so a distance computed here agrees with one the database computes. Good to a few tenths of a per cent
 * against the ellipsoid, which is far finer than the tens of metres it is used for.
 *
 * <p>Stateless and thread-safe.
 */
public final class GreatCircle {

    /** The Earth radius Neo4j uses for WGS84 point distances, in metres. */
    public static final double EARTH_RADIUS_METRES = 6378140.0;

    private GreatCircle() {
    }

    /** The great-circle distance in metres between two WGS84 positions (longitude first, degrees). */
    public static double metresBetween(double longitudeA, double latitudeA, double longitudeB, double latitudeB) {
        double dLat = Math.toRadians(latitudeB - latitudeA);
        double dLon = Math.toRadians(longitudeB - longitudeA);
        double h = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(latitudeA)) * Math.cos(Math.toRadians(latitudeB)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
