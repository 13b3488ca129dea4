/**
 * Hotspot outlines: buffered convex or concave hulls of clusters and the outlines of regions of cells, in grid
 * metres, and their GeoJSON (RFC 7946) rings in WGS84.
 */
package org.linkmap.geo.shape;
