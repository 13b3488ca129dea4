/**
 * Incidents on the map and the hotspots they form: incidents are projected to British National Grid metres,
 * found by one {@code HotspotStrategy} per method (DBSCAN, kernel density, Gi*, emerging hot spots) over the
 * geo module's algorithms, outlined, scored by the method's rule, ranked and returned as GeoJSON.
 */
package org.linkmap.service.hotspot;
