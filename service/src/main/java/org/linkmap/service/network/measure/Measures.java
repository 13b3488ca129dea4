package org.linkmap.service.network.measure;

import java.util.List;

/**
 * Measures of one graph.
 *
 * @param nodes       per node, in the graph's vertex order
 * @param communities members of each community, largest first (ties by smallest member id)
 * @param modularity  Newman's modularity of that partition
 */
public record Measures(List<NodeMeasures> nodes, List<List<String>> communities, double modularity) {
}
