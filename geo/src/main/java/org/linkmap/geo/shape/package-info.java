/** Hotspot shapes: hulls and buffers in grid metres, and their GeoJSON (RFC 7946) form in WGS84. */
package org.linkmap.geo.shape;
