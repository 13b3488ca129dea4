package org.linkmap.model.submission;

/**
 * Reads a position from the coordinate fields an entity or incident may carry: latitude and longitude
 * (WGS84), easting and northing (British National Grid), or a postcode alone.
 */
final class PositionRules {

    /** Eastings and northings of the British National Grid's false origin and extent, in metres. */
    private static final double MAX_EASTING = 700_000;
    private static final double MAX_NORTHING = 1_300_000;

    private PositionRules() {
    }

    static Position read(Problems problems, String path, Double lat, Double lon,
                         Double easting, Double northing, String postcode) {
        boolean hasWgs84 = lat != null || lon != null;
        boolean hasGrid = easting != null || northing != null;
        if (hasWgs84 && hasGrid) {
            problems.add(path + ".lat", "give either lat+lon or easting+northing, not both");
            return null;
        }
        if (hasWgs84) {
            return wgs84(problems, path, lat, lon);
        }
        if (hasGrid) {
            return grid(problems, path, easting, northing);
        }
        String code = Postcodes.normalise(postcode);
        if (postcode != null && code == null) {
            problems.add(path + ".postcode", "must be a UK postcode, for example FY1 4ZZ");
        }
        return code == null ? null : new Position.PostcodeOnly(code);
    }

    private static Position wgs84(Problems problems, String path, Double lat, Double lon) {
        if (lat == null || lon == null) {
            problems.add(path + (lat == null ? ".lat" : ".lon"), "lat and lon must be given together");
            return null;
        }
        Double latitude = problems.inRange(path + ".lat", lat, -90, 90);
        Double longitude = problems.inRange(path + ".lon", lon, -180, 180);
        return latitude == null || longitude == null ? null : new Position.Wgs84(latitude, longitude);
    }

    private static Position grid(Problems problems, String path, Double easting, Double northing) {
        if (easting == null || northing == null) {
            problems.add(path + (easting == null ? ".easting" : ".northing"), "easting and northing must be given together");
            return null;
        }
        Double e = problems.inRange(path + ".easting", easting, 0, MAX_EASTING);
        Double n = problems.inRange(path + ".northing", northing, 0, MAX_NORTHING);
        return e == null || n == null ? null : new Position.BritishNationalGrid(e, n);
    }
}
