/**
 * Conversion between WGS84 and the British National Grid behind one small interface,
 * {@link org.linkmap.geo.crs.GridTransform}, so that the library doing it can be replaced.
 */
package org.linkmap.geo.crs;
