/**
 * Conversion between WGS84 and the British National Grid behind one small interface,
 * {@link org.linkmap.geo.crs.GridTransform}, so that the library doing it can be replaced; and great-circle
 * distances between WGS84 positions as Neo4j measures them ({@link org.linkmap.geo.crs.GreatCircle}).
 */
package org.linkmap.geo.crs;
