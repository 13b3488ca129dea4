package org.linkmap.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Inferred co-location. Alan is seen at 20:00 on 1 September; Fran 50 m away twelve hours later; Gus at the same
 * point nine days later; Hana at the Fixture Hotel (whose incidents carry their own, distant, points) within two
 * hours of Alan's second sighting there.
 */
@HarnessTest
class CoLocationTest extends ApiTestSupport {

    private GraphFixture graph;

    @BeforeEach
    void buildTheGraph() {
        graph = new GraphFixture(client);
        graph.submission("LANCASHIRE_POLICE", "2026-09-11", 2, "B", "P").poi("a", "Alan Fixture").poi("f", "Fran Fixture")
                .poi("g", "Gus Fixture").poi("h", "Hana Fixture").hotel("hotel", "Fixture Hotel", 53.8100, -3.0500)
                .incident("i1", "2026-09-01T20:00:00Z", 53.80000, -3.0500, null, "a")
                .incident("i2", "2026-09-02T08:00:00Z", 53.80045, -3.0500, null, "f")
                .incident("i3", "2026-09-10T20:00:00Z", 53.80000, -3.0500, null, "g")
                .incident("i4", "2026-09-05T10:00:00Z", 53.8200, -3.0500, "hotel", "a")
                .incident("i5", "2026-09-05T12:00:00Z", 53.8100, -3.0300, "hotel", "h")
                .send();
    }

    @Test
    void shouldInferCoLocationWithinTheWindowAndSayWhy() {
        JsonNode network = network("a", "depth=1&kinds=PERSON&inferred=true");

        assertThat(coLocatedWith(network, "a")).containsExactlyInAnyOrder("f", "h");
        JsonNode link = coLocated(network, "f");
        assertThat(link.get("inferred").asBoolean()).isTrue();
        assertThat(incidents(link)).containsExactlyInAnyOrder(graph.id("i1"), graph.id("i2"));
        assertThat(link.get("sources")).hasSize(1);
        assertThat(incidents(coLocated(network, "h"))).as("same named location, points 1 km apart")
                .containsExactlyInAnyOrder(graph.id("i4"), graph.id("i5"));
    }

    @Test
    void shouldWidenAndNarrowWithTheWindow() {
        assertThat(coLocatedWith(network("a", "depth=1&kinds=PERSON&inferred=true&coLocationHours=240"), "a"))
                .containsExactlyInAnyOrder("f", "g", "h");
        assertThat(coLocatedWith(network("a", "depth=1&kinds=PERSON&inferred=true&coLocationMetres=10"), "a"))
                .containsExactly("h");
        assertThat(coLocatedWith(network("a", "depth=1&kinds=PERSON&inferred=true&coLocationHours=1"), "a")).isEmpty();
    }

    @Test
    void shouldInferNothingUnlessAsked() {
        JsonNode network = network("a", "depth=1&kinds=PERSON");

        assertThat(network.get("nodes")).hasSize(1);
        assertThat(network.get("edges")).isEmpty();
        assertThat(client.count("MATCH ()-[r:CO_LOCATED]-() RETURN count(r)", java.util.Map.of())).as("never stored").isZero();
    }

    @Test
    void shouldFollowInferredLinksInPaths() {
        String path = "/api/network/paths?kinds=PERSON&from=" + graph.id("f") + "&to=" + graph.id("h");

        assertThat(client.get(path, "analyst").body().get("paths")).isEmpty();
        JsonNode found = client.get(path + "&inferred=true", "analyst").body().get("paths");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("edges")).hasSize(2);
        found.get(0).get("edges").forEach(e -> assertThat(e.get("type").asText()).isEqualTo("CO_LOCATED"));
    }

    private JsonNode network(String handle, String query) {
        var reply = client.get("/api/network/" + graph.id(handle) + "?" + query, "analyst");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private List<String> coLocatedWith(JsonNode network, String handle) {
        List<String> others = new ArrayList<>();
        for (JsonNode e : network.get("edges")) {
            boolean touches = e.get("source").asText().equals(graph.id(handle)) || e.get("target").asText().equals(graph.id(handle));
            if (e.get("type").asText().equals("CO_LOCATED") && touches) {
                String other = e.get("source").asText().equals(graph.id(handle)) ? e.get("target").asText() : e.get("source").asText();
                for (String h : List.of("f", "g", "h")) {
                    if (graph.id(h).equals(other)) {
                        others.add(h);
                    }
                }
            }
        }
        return others;
    }

    private JsonNode coLocated(JsonNode network, String handle) {
        for (JsonNode e : network.get("edges")) {
            if (e.get("type").asText().equals("CO_LOCATED")
                    && (e.get("source").asText().equals(graph.id(handle)) || e.get("target").asText().equals(graph.id(handle)))) {
                return e;
            }
        }
        throw new AssertionError("no co-location with " + handle);
    }

    private static List<String> incidents(JsonNode link) {
        List<String> ids = new ArrayList<>();
        link.get("incidents").forEach(i -> ids.add(i.get("id").asText()));
        return ids;
    }
}
