/**
 * The areas cases and hotspots belong to: the Lancashire MACE footprints (North, Central, East, Blackpool,
 * Blackburn with Darwen), built from the district boundaries this service owns and serves to the pages at
 * {@code GET /api/areas}.
 */
package org.linkmap.service.area;
