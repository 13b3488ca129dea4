/**
 * Density clustering of points in projected metres: DBSCAN over a grid of eps-sized cells ({@code CellGrid}), its
 * result ({@code Clustering}), and an eps suggested by the k-distance curve ({@code EpsSuggestion}).
 */
package org.linkmap.geo.cluster;
