/**
 * Spatial work for Linkmap in plain Java: coordinate systems ({@code crs}), clustering of projected
 * points ({@code cluster}) and the shapes and GeoJSON that hotspots leave the service as ({@code shape}).
 */
package org.linkmap.geo;
