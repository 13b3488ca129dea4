/**
 * Network analysis for analysts: the filtered neighbourhood of an entity, shortest paths, the connecting network,
 * what links two cases, inferred co-location, measures and key players, and exports, all computed over the
 * reader's view of the graph (see {@code NetworkAccess}).
 */
package org.linkmap.service.network;
