package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/** Every method's defaults over the demo data give several hotspots, county-wide and within one district. */
@HarnessTest
class DemoHotspotsTest extends ApiTestSupport {

    @BeforeEach
    void loadTheDemoData() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/demo-submissions.ndjson")) {
            assertThat(client.post("/api/submissions/bulk?wait=60", "analyst", "application/x-ndjson", in.readAllBytes()).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void shouldFindAtLeastFiveHotspotsWithEachMethodsDefaultsAcrossTheCounty() {
        for (String method : new String[] {"dbscan", "kde", "gistar", "emerging"}) {
            JsonNode found = client.get("/api/hotspots?method=" + method, "analyst").body();
            assertThat(found.get("features").size()).as(method).isGreaterThanOrEqualTo(5);
            Set<String> ids = new HashSet<>();
            for (JsonNode feature : found.get("features")) {
                JsonNode p = feature.get("properties");
                assertThat(ids.add(p.get("id").asText())).as(method + ": ids are distinct").isTrue();
                assertThat(p.get("incidentCount").asInt()).as(method + ": every hotspot holds incidents").isPositive();
                assertThat(p.get("firstSeen").isTextual()).as(method + ": " + p).isTrue();
            }
        }
    }

    @Test
    void shouldFindSeveralKernelDensityHotspotsInADistrictAndFewBroadOnesByArcGisRule() {
        JsonNode local = client.get("/api/hotspots?method=kde&area=BLACKPOOL", "analyst").body();
        JsonNode arcgis = client.get("/api/hotspots?method=kde&bandwidthRule=arcgis", "analyst").body();

        assertThat(local.get("features").size()).isGreaterThanOrEqualTo(5);
        assertThat(local.get("metadata").get("parameters").get("bandwidthRule").asText()).isEqualTo("local");
        assertThat(arcgis.get("metadata").get("parameters").get("bandwidthRule").asText()).isEqualTo("arcgis");
        assertThat(arcgis.get("metadata").get("parameters").get("bandwidth").asDouble())
                .isGreaterThan(5 * local.get("metadata").get("parameters").get("bandwidth").asDouble());
    }
}
