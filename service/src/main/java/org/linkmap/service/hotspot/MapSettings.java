package org.linkmap.service.hotspot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the map draws its background. No tile server is assumed: with an empty {@code tileUrl} the map shows
 * district outlines on a plain background. Point {@code tileUrl} at a tile server your network can reach
 * (for example {@code https://tiles.example.org/{z}/{x}/{y}.png}) to draw streets under the hotspots.
 *
 * @param maxMarkers        incidents in view sent one by one; beyond it they arrive counted in clusters
 * @param protectiveMarking the Government Security Classification printed on every page of the map and the pack
 */
@ConfigurationProperties("linkmap.map")
record MapSettings(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution,
                   @DefaultValue("53.80") double centreLatitude, @DefaultValue("-2.60") double centreLongitude,
                   @DefaultValue("10") int zoom, @DefaultValue("3000") int maxMarkers,
                   @DefaultValue("OFFICIAL-SENSITIVE") String protectiveMarking) {
}
