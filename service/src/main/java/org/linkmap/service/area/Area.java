package org.linkmap.service.area;

import java.util.List;

import org.locationtech.jts.geom.Geometry;

/**
 * One area: its code (what submissions, users and filters name), its name for people, the districts that make
 * it up and their union as a WGS84 outline (longitude, latitude).
 */
record Area(String code, String name, List<District> districts, Geometry outline) {

    /** A local authority district, by its ONS code (for example {@code E06000009}) and name. */
    record District(String code, String name) {
    }
}
