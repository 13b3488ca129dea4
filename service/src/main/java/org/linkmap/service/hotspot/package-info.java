/**
 * Incidents on the map and the hotspots they form: incidents are projected to British National Grid
 * metres, clustered by the geo module, outlined, ranked and returned as GeoJSON.
 */
package org.linkmap.service.hotspot;
