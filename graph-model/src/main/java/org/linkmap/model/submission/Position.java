package org.linkmap.model.submission;

/** Where something is, as the submitter gave it. Conversion between systems happens in the geo module. */
public sealed interface Position {

    /** WGS84 latitude and longitude in degrees. */
    record Wgs84(double latitude, double longitude) implements Position {
    }

    /** British National Grid (EPSG:27700) easting and northing in metres. */
    record BritishNationalGrid(double easting, double northing) implements Position {
    }

    /** Only a postcode: the centroid is looked up from the bundled postcode table. */
    record PostcodeOnly(String postcode) implements Position {
    }
}
