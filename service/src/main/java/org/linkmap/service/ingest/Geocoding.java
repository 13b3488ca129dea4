package org.linkmap.service.ingest;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.model.submission.Position;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

/** Turns a submitted position into the WGS84 point the graph stores, saying where it came from. */
@Component
class Geocoding {

    /** A WGS84 point and how it was obtained: {@code wgs84}, {@code grid} or {@code postcode}. */
    record Point(double longitude, double latitude, String geocodedFrom) {
    }

    private final GridTransform grid;
    private final PostcodeCentroids postcodes;

    Geocoding(GridTransform grid, PostcodeCentroids postcodes) {
        this.grid = grid;
        this.postcodes = postcodes;
    }

    /**
     * @param field the field to name if a postcode is unknown
     * @return the point, or {@code null} when no position was given
     * @throws InvalidRequest when only an unknown postcode was given
     */
    Point locate(Position position, String field) {
        if (position == null) {
            return null;
        }
        if (position instanceof Position.Wgs84 p) {
            return new Point(p.longitude(), p.latitude(), "wgs84");
        }
        if (position instanceof Position.BritishNationalGrid p) {
            return fromGrid(p.easting(), p.northing(), "grid");
        }
        String postcode = ((Position.PostcodeOnly) position).postcode();
        return postcodes.centroid(postcode)
                .map(en -> fromGrid(en[0], en[1], "postcode"))
                .orElseThrow(() -> new InvalidRequest(field,
                        "the postcode " + postcode + " is not in the postcode table (PR, FY, BB and LA areas)"));
    }

    private Point fromGrid(double easting, double northing, String from) {
        double[] lonLat = grid.toWgs84(easting, northing);
        return new Point(lonLat[0], lonLat[1], from);
    }
}
