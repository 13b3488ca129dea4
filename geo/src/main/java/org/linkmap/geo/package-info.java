/**
 * Spatial work for Linkmap in plain Java (JTS and Proj4J, no Spring, no database): coordinate systems and
 * distances ({@code crs}), density clustering ({@code cluster}), grids, density and significance ({@code density}),
 * hotspot outlines and their GeoJSON ({@code shape}), and the command line ({@code cli}). {@code Extent} is the
 * bounding box they share.
 */
package org.linkmap.geo;
