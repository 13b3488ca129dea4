package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One hotspot: an outline, the incidents inside it, and what ranks it.
 *
 * @param rings       the outline as GeoJSON polygon rings (WGS84)
 * @param incidentIds the incidents that formed it
 */
record Hotspot(String id, int rank, String method, double score, int incidentCount, int childCount,
               int personOfInterestCount, OffsetDateTime firstSeen, OffsetDateTime lastSeen,
               double[][][] rings, List<String> incidentIds, Integer confidence, String category) {

    Hotspot ranked(int newRank) {
        return new Hotspot(id, newRank, method, score, incidentCount, childCount, personOfInterestCount,
                firstSeen, lastSeen, rings, incidentIds, confidence, category);
    }

    Hotspot categorised(String newCategory) {
        return new Hotspot(id, rank, method, score, incidentCount, childCount, personOfInterestCount,
                firstSeen, lastSeen, rings, incidentIds, confidence, newCategory);
    }

    /**
     * @param confidence for Gi*: 90, 95 or 99, the highest confidence of the region's hot cells after FDR
     * @param category   for emerging hot spots: NEW, CONSECUTIVE, INTENSIFYING, PERSISTENT, DIMINISHING,
     *                   OSCILLATING, SPORADIC or HISTORICAL
     */
    record Properties(String id, int rank, String method, double score, int incidentCount, int childCount,
                      int personOfInterestCount, OffsetDateTime firstSeen, OffsetDateTime lastSeen, Integer confidence,
                      String category) {
    }

    GeoJson.Feature toFeature() {
        return new GeoJson.Feature(id, GeoJson.Geometry.polygon(rings), new Properties(id, rank, method, score,
                incidentCount, childCount, personOfInterestCount, firstSeen, lastSeen, confidence, category));
    }
}
