package org.linkmap.service.hotspot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the map draws its background. No tile server is assumed: with an empty {@code tileUrl} the map shows
 * district outlines on a plain background. Point {@code tileUrl} at a tile server your network can reach
 * (for example {@code https://tiles.example.org/{z}/{x}/{y}.png}) to draw streets under the hotspots.
 */
@ConfigurationProperties("linkmap.map")
record MapSettings(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution,
                   @DefaultValue("53.80") double centreLatitude, @DefaultValue("-2.60") double centreLongitude,
                   @DefaultValue("10") int zoom) {
}
