package org.linkmap.service.network;

import java.util.List;

import org.linkmap.service.access.NodeSummary;

/**
 * A network as the reader may see it: nodes already shown through the disclosure policy, links in the reader's
 * view, and whether the node limit cut it short.
 */
public record NetworkView(String rootId, List<NodeSummary> nodes, List<Link> edges, boolean truncated) {
}
