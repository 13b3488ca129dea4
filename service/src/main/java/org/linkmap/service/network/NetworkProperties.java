package org.linkmap.service.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nodeLimit         the most nodes one network view returns before it says {@code truncated}
 * @param analysisNodeLimit the most nodes an analysis subgraph may have; a larger one is refused up front
 * @param pathLimit         the most shortest paths one path search returns before it says {@code truncated}
 */
@ConfigurationProperties("linkmap.network")
public record NetworkProperties(@DefaultValue("500") int nodeLimit, @DefaultValue("5000") int analysisNodeLimit,
                                @DefaultValue("100") int pathLimit) {
}
