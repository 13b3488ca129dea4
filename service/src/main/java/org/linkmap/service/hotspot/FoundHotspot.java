package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A hotspot as other capabilities (meetings, campaigns, reports) receive it: its ranking figures and its
 * outline as a GeoJSON geometry object (WGS84, longitude first).
 */
public record FoundHotspot(String id, int rank, String method, double score, int incidentCount, int childCount,
                           int personOfInterestCount, OffsetDateTime firstSeen, OffsetDateTime lastSeen,
                           Map<String, Object> geometry) {
}
