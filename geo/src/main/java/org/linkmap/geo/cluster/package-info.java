/** Clustering of points in projected metres: the spatial index and DBSCAN. */
package org.linkmap.geo.cluster;
