/**
 * The areas cases and hotspots belong to: the Lancashire MACE footprints (North, Central, East, Blackpool,
 * Blackburn with Darwen), built from the district boundaries the map also draws.
 */
package org.linkmap.service.area;
