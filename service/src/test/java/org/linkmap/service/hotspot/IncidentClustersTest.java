package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IncidentClustersTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-10-05T20:30:00Z");

    /** {@code n} incidents within a few metres of a point. */
    private static List<IncidentPoints.Marker> near(String prefix, int n, double longitude, double latitude) {
        List<IncidentPoints.Marker> markers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            markers.add(new IncidentPoints.Marker(prefix + i, "SIGHTING", AT, longitude + i * 1e-5, latitude));
        }
        return markers;
    }

    @Test
    void sendsFewIncidentsOneByOne() {
        IncidentClusters.View view = IncidentClusters.of(near("a", 10, -3.05, 53.81), 10, 10);

        assertThat(view.clustered()).isFalse();
        assertThat(view.total()).isEqualTo(10);
        assertThat(view.incidents()).hasSize(10);
        assertThat(view.clusters()).isEmpty();
    }

    @Test
    void countsManyIncidentsInClustersAndSendsLoneOnesAsThemselves() {
        List<IncidentPoints.Marker> markers = new ArrayList<>(near("blackpool", 30, -3.05, 53.81));
        markers.addAll(near("preston", 12, -2.70, 53.76));
        markers.addAll(near("lancaster", 2, -2.80, 54.05));

        IncidentClusters.View view = IncidentClusters.of(markers, 10, 20);

        assertThat(view.clustered()).isTrue();
        assertThat(view.total()).isEqualTo(44);
        assertThat(view.clusters()).extracting(IncidentClusters.Cluster::count).containsExactly(30, 12);
        assertThat(view.clusters().get(0).longitude()).isBetween(-3.0501, -3.0497);
        assertThat(view.incidents()).extracting(IncidentClusters.Marker::id).containsExactlyInAnyOrder("lancaster0", "lancaster1");
    }

    @Test
    void projectsLikeTheMapDoes() {
        assertThat(IncidentClusters.mercatorX(-180)).isEqualTo(0);
        assertThat(IncidentClusters.mercatorX(0)).isEqualTo(0.5);
        assertThat(IncidentClusters.mercatorY(0)).isEqualTo(0.5);
        assertThat(IncidentClusters.mercatorY(85.0511287798)).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
