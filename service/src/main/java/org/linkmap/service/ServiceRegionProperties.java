package org.linkmap.service;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The part of the world submissions may place things in ({@code linkmap.region.*}), by default Great Britain's
 * extent with its islands (Scilly to Shetland, St Kilda to Lowestoft). Positions outside it are refused.
 */
@ConfigurationProperties("linkmap.region")
record ServiceRegionProperties(
        @DefaultValue("Great Britain") String name,
        @DefaultValue("49.8") double minLatitude,
        @DefaultValue("60.9") double maxLatitude,
        @DefaultValue("-8.7") double minLongitude,
        @DefaultValue("1.8") double maxLongitude) {
}
