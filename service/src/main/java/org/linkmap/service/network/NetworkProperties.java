package org.linkmap.service.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param nodeLimit the most nodes one network view returns before it says {@code truncated} */
@ConfigurationProperties("linkmap.network")
public record NetworkProperties(@DefaultValue("500") int nodeLimit) {
}
