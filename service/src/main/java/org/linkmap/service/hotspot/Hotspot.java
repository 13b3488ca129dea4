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
               double[][][] rings, List<String> incidentIds) {

    Hotspot ranked(int newRank) {
        return new Hotspot(id, newRank, method, score, incidentCount, childCount, personOfInterestCount,
                firstSeen, lastSeen, rings, incidentIds);
    }

    record Properties(String id, int rank, String method, double score, int incidentCount, int childCount,
                      int personOfInterestCount, OffsetDateTime firstSeen, OffsetDateTime lastSeen) {
    }

    GeoJson.Feature toFeature() {
        return new GeoJson.Feature(id, GeoJson.Geometry.polygon(rings), new Properties(id, rank, method, score,
                incidentCount, childCount, personOfInterestCount, firstSeen, lastSeen));
    }
}
