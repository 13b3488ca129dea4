package org.linkmap.service.hotspot;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The most work one hotspot request may ask for ({@code linkmap.limits.hotspot.*}); {@link HotspotCost} refuses
 * a request over any of them before it starts. The defaults keep every request within a few seconds of one core
 * and a few hundred megabytes of memory.
 *
 * @param maxCells  grid cells (kde, gistar, emerging) or hexagons
 * @param maxWork   cell-to-neighbour visits: cells × neighbourhood for gistar and emerging (× slices), incidents ×
 *                  kernel footprint for kde
 * @param maxPoints incidents one request may cluster
 */
@ConfigurationProperties("linkmap.limits.hotspot")
record HotspotLimits(
        @DefaultValue("2000000") long maxCells,
        @DefaultValue("500000000") long maxWork,
        @DefaultValue("2000000") long maxPoints) {
}
