package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A hotspot request whose estimated cost is over the limits is refused before it runs, naming the parameter to
 * change and the limit; the defaults never are. Before, {@code method=gistar&cell=100&distance=20000} took a
 * core for a minute.
 */
@HarnessTest
class HotspotCostTest extends ApiTestSupport {

    @BeforeEach
    void incidentsOverFiftyKilometres() {
        assertThat(client.submit(ScatteredIncidents.submission()).status()).isEqualTo(201);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "method=gistar&cell=100&distance=20000 | distance | at most 500000000",
            "method=gistar&cell=10 | cell | at most 2000000",
            "method=gistar&cell=10&shape=hexagon | cell | at most 2000000",
            "method=kde&cell=10&bandwidth=300 | cell | at most 2000000",
            "method=emerging&cell=10&slice=week | cell | at most 2000000"})
    void shouldRefuseARequestTooCostlyToRunNamingTheParameter(String query, String field, String limit) {
        LinkmapClient.Reply reply = client.get("/api/hotspots?" + query, "analyst");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        JsonNode error = reply.body().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo(field);
        assertThat(error.get("message").asText()).contains(limit);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"method=dbscan", "method=kde", "method=gistar", "method=gistar&shape=hexagon", "method=emerging",
            "method=gistar&cell=100&distance=500"})
    void shouldRunTheDefaultsAndModestRequests(String query) {
        assertThat(client.get("/api/hotspots?" + query, "analyst").status()).isEqualTo(200);
    }
}
