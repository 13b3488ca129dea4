package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Each hotspot method through the API: its hotspots, and its method and parameters echoed for the printed map. */
@HarnessTest
class HotspotMethodsTest extends ApiTestSupport {

    @BeforeEach
    void aClusterInBlackpoolAndScatteredIncidentsElsewhere() {
        StringBuilder incidents = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            double lat = 53.8170 + (i % 5) * 0.0002;
            double lon = -3.0510 + (i / 5) * 0.0002;
            incidents.append(i == 0 ? "" : ",").append(String.format(
                    "{\"ref\":\"i%d\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-0%dT20:00:00Z\",\"lat\":%.5f,\"lon\":%.5f}",
                    i, 1 + i % 9, lat, lon));
        }
        for (int i = 0; i < 40; i++) {
            incidents.append(String.format(",{\"ref\":\"s%d\",\"incidentType\":\"SIGHTING\",\"occurredAt\":\"2026-09-1%dT20:00:00Z\",\"lat\":%.4f,\"lon\":%.4f}",
                    i, i % 9, 53.70 + (i * 7 % 40) * 0.01, -2.95 + (i * 11 % 40) * 0.02));
        }
        String submission = """
                {"submissionRef":"HOT-1","agency":"LANCASHIRE_POLICE","submittedBy":"DC","submittedAt":"2026-11-01T09:00:00Z",
                 "grading":{"source":2,"intelligence":"B","handling":"P"},"incidents":[%s]}""".formatted(incidents);
        assertThat(client.submit(submission).status()).isEqualTo(201);
    }

    @Test
    void shouldFindTheClusterWithEveryMethod() {
        // The 30 CONCERN incidents lie on a 5 x 6 lattice about 22 m by 13 m apart; the 40 sightings are kilometres
        // from it and from each other. Each method's hotspot 1 is the whole lattice and nothing else.
        for (String query : new String[] {"method=dbscan&eps=100&minPoints=10", "method=dbscan&eps=100&minPoints=10&hull=concave",
                "method=kde&cell=50&bandwidth=300&top=2", "method=gistar&cell=100", "method=gistar&cell=100&shape=hexagon"}) {
            JsonNode hotspots = client.get("/api/hotspots?" + query, "analyst").body();

            JsonNode first = hotspots.get("features").get(0).get("properties");
            assertThat(first.get("rank").asInt()).as(query).isEqualTo(1);
            assertThat(first.get("incidentCount").asInt()).as(query).isEqualTo(30);
            if (query.startsWith("method=dbscan")) {
                assertThat(hotspots.get("features")).as("the sightings are noise to DBSCAN").hasSize(1);
            }
            assertThat(hotspots.get("metadata").get("method").asText()).isEqualTo(query.substring(7, query.indexOf('&')));
        }
    }

    @Test
    void shouldEchoTheParametersAndDefaultsUsed() {
        JsonNode kde = client.get("/api/hotspots?method=kde", "analyst").body().get("metadata").get("parameters");
        JsonNode gistar = client.get("/api/hotspots?method=gistar&distance=250", "analyst").body();

        assertThat(kde.get("cell").asDouble()).isPositive();
        assertThat(kde.get("bandwidth").asDouble()).isPositive();
        assertThat(kde.get("kernel").asText()).isEqualTo("quartic");
        JsonNode dense = client.get("/api/hotspots?method=kde&cell=50&bandwidth=300&threshold=150", "analyst").body();
        JsonNode loose = client.get("/api/hotspots?method=kde&cell=50&bandwidth=300&threshold=10", "analyst").body();
        assertThat(dense.get("metadata").get("parameters").get("threshold").asDouble()).isEqualTo(150);
        // Even at 150 incidents per km² the lattice's cells are all in; at 10 no sighting joins them.
        assertThat(dense.get("features").get(0).get("properties").get("incidentCount").asInt()).isEqualTo(30);
        assertThat(loose.get("features").get(0).get("properties").get("incidentCount").asInt()).isEqualTo(30);
        assertThat(gistar.get("metadata").get("parameters").get("neighbourhood").asText()).contains("250");
        assertThat(gistar.get("features").get(0).get("properties").get("confidence").asInt()).isEqualTo(99);
    }

    @Test
    void shouldLabelHowHotspotsEmergedOverTime() {
        JsonNode emerging = client.get("/api/hotspots?method=emerging&cell=150&slice=week", "analyst").body();

        assertThat(emerging.get("metadata").get("parameters").get("slice").asText()).isEqualTo("week");
        assertThat(emerging.get("features")).isNotEmpty();
        JsonNode first = emerging.get("features").get(0).get("properties");
        // The lattice's incidents fall in the last two weeks (1 to 9 October), the sightings in the three before:
        // hot in an unbroken run ending in the final slice and never before it.
        assertThat(first.get("category").asText()).isEqualTo("CONSECUTIVE");
        assertThat(first.get("incidentCount").asInt()).isEqualTo(30);
        assertThat(client.get("/api/hotspots?method=emerging&slice=fortnight", "analyst").status()).isEqualTo(400);
    }

    @Test
    void shouldNameBadParametersOfEachMethod() {
        assertThat(client.get("/api/hotspots?method=kde&cell=1", "analyst").status()).isEqualTo(400);
        assertThat(client.get("/api/hotspots?method=kde&top=0", "analyst").body().get("errors").get(0).get("field").asText()).isEqualTo("top");
        assertThat(client.get("/api/hotspots?method=kde&top=5&threshold=10", "analyst").body().get("errors").get(0).get("field").asText()).isEqualTo("threshold");
        assertThat(client.get("/api/hotspots?method=gistar&distance=-5", "analyst").body().get("errors").get(0).get("field").asText()).isEqualTo("distance");
        assertThat(client.get("/api/hotspots?method=gistar&shape=triangle", "analyst").body().get("errors").get(0).get("field").asText()).isEqualTo("shape");
        assertThat(client.get("/api/hotspots?method=voronoi", "analyst").body().get("errors").get(0).get("field").asText()).isEqualTo("method");
    }
}
