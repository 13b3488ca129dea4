package org.linkmap.service.network.measure;

/**
 * One node's measures.
 *
 * @param degree      distinct neighbours
 * @param betweenness shortest-path betweenness normalised by 2/((n-1)(n-2)), as NetworkX's default
 * @param closeness   Wasserman-Faust closeness (NetworkX's default), 0 for an isolated node
 * @param pagerank    PageRank, damping 0.85, each link followed both ways
 * @param coreNumber  the largest k for which the node is in the k-core
 * @param community   index into {@link Measures#communities()}
 */
public record NodeMeasures(String id, int degree, double betweenness, double closeness, double pagerank, int coreNumber,
                           int community) {
}
