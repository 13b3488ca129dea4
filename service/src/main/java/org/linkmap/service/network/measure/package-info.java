/**
 * Social network measures on an extracted, undirected subgraph, computed with JGraphT and normalised as
 * NetworkX normalises them by default, so that every figure can be checked against NetworkX.
 */
package org.linkmap.service.network.measure;
