package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkmap.service.hotspot.PlaneIncidents.at;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.linkmap.model.submission.FieldError;

class DbscanHotspotsTest {

    private final DbscanHotspots dbscan = new DbscanHotspots(PlaneIncidents.PLANE);

    /** Five anonymous reports at one corner, three with two children and a person of interest 1 km away, one alone. */
    private static List<IncidentPoint> twoClustersAndANoisePoint() {
        List<IncidentPoint> incidents = new ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            incidents.add(at("a" + k, 1000 + k, 1000));
        }
        incidents.add(at("b1", 2000, 1000, "2026-03-01T20:00:00Z", List.of("c1"), List.of("p1")));
        incidents.add(at("b2", 2005, 1000, "2026-03-05T20:00:00Z", List.of("c1", "c2"), List.of()));
        incidents.add(at("b3", 2010, 1000, "2026-03-09T20:00:00Z", List.of("c2"), List.of("p1")));
        incidents.add(at("z1", 5000, 5000));
        return incidents;
    }

    @Test
    void ranksKnownPeopleAboveAnonymousReports() {
        HotspotStrategy.Detection found = dbscan.detect(twoClustersAndANoisePoint(), PlaneIncidents.parameters(100.0, 3, null, null, null));

        assertThat(found.hotspots()).hasSize(2);
        Hotspot first = found.hotspots().get(0);
        Hotspot second = found.hotspots().get(1);
        // 3 incidents + 2 x (2 children + 1 person of interest) = 9; 5 incidents and nobody known = 5.
        assertThat(first.score()).isEqualTo(9.0);
        assertThat(first.incidentIds()).containsExactly("b1", "b2", "b3");
        assertThat(first.childCount()).isEqualTo(2);
        assertThat(first.personOfInterestCount()).isEqualTo(1);
        assertThat(first.firstSeen()).hasToString("2026-03-01T20:00Z");
        assertThat(first.lastSeen()).hasToString("2026-03-09T20:00Z");
        assertThat(second.score()).isEqualTo(5.0);
        assertThat(second.incidentIds()).containsExactly("a1", "a2", "a3", "a4", "a5");
        assertThat(List.of(first.rank(), second.rank())).containsExactly(1, 2);
        assertThat(first.method()).isEqualTo("dbscan");
    }

    @Test
    void namesEachHotspotByItsMethodAndIncidents() {
        Hotspot first = dbscan.detect(twoClustersAndANoisePoint(), PlaneIncidents.parameters(100.0, 3, null, null, null)).hotspots().get(0);

        assertThat(first.id()).isEqualTo(UUID.nameUUIDFromBytes("dbscan:b1,b2,b3".getBytes(StandardCharsets.UTF_8)).toString());
    }

    @Test
    void outlinesAClusterByItsHullBufferedByHalfOfEps() {
        Hotspot first = dbscan.detect(twoClustersAndANoisePoint(), PlaneIncidents.parameters(100.0, 3, null, null, null)).hotspots().get(0);

        double[] box = GiStarHotspotsTest.bounds(first.rings()[0]);
        assertThat(box[0]).isEqualTo(1950.0);
        assertThat(box[2]).isEqualTo(2060.0);
        assertThat(box[1]).isEqualTo(950.0);
        assertThat(box[3]).isEqualTo(1050.0);
    }

    @Test
    void echoesTheParametersAndDefaultsUsed() {
        HotspotStrategy.Detection found = dbscan.detect(twoClustersAndANoisePoint(), HotspotParameters.defaults());

        assertThat(found.parameters().keySet()).containsExactly("eps", "minPoints", "bufferMetres", "hull", "suggestedEps");
        assertThat(found.parameters().get("eps")).isEqualTo(150.0);
        assertThat(found.parameters().get("minPoints")).isEqualTo(5);
        assertThat(found.parameters().get("bufferMetres")).isEqualTo(75.0);
        assertThat(found.parameters().get("hull")).isEqualTo("convex");
        assertThat(found.hotspots()).extracting(Hotspot::incidentCount).containsExactly(5);
    }

    @Test
    void namesEachParameterOutOfRange() {
        List<FieldError> errors = new ArrayList<>();

        dbscan.check(new HotspotParameters(0.0, 1001, null, null, null, null, null, null, null, "round", null), errors);

        assertThat(errors).containsExactly(new FieldError("eps", "must be between 1 and 5000"),
                new FieldError("minPoints", "must be between 1 and 1000"), new FieldError("hull", "must be convex or concave"));
    }
}
