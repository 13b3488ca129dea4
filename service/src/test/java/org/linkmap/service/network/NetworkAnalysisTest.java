package org.linkmap.service.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code GET /api/network/analysis} on the people of {@link GraphFixture#standard()}: a-b, b-c, b-d, d-e, a tree
 * whose measures are worked out by hand (n = 5, betweenness normalised by 2/((n-1)(n-2)) = 1/6).
 */
@HarnessTest
class NetworkAnalysisTest extends ApiTestSupport {

    private GraphFixture graph;

    @BeforeEach
    void buildTheGraph() {
        graph = new GraphFixture(client).standard();
    }

    @Test
    void shouldMeasureTheSubgraphAsNetworkxWould() {
        JsonNode analysis = analyse("ids=" + graph.id("a") + "&depth=4&kinds=PERSON");

        assertThat(analysis.get("nodes")).hasSize(5);
        JsonNode b = node(analysis, "b");
        JsonNode d = node(analysis, "d");
        assertThat(b.get("degree").asInt()).isEqualTo(3);
        assertThat(b.get("betweenness").asDouble()).isCloseTo(5.0 / 6, within(1e-12));
        assertThat(d.get("betweenness").asDouble()).isCloseTo(3.0 / 6, within(1e-12));
        assertThat(node(analysis, "a").get("betweenness").asDouble()).isZero();
        // b reaches a, c, d at 1 and e at 2: closeness 4/5.
        assertThat(b.get("closeness").asDouble()).isCloseTo(4.0 / 5, within(1e-12));
        assertThat(b.get("coreNumber").asInt()).isEqualTo(1);
        double total = 0;
        for (JsonNode n : analysis.get("nodes")) {
            total += n.get("pagerank").asDouble();
        }
        assertThat(total).isCloseTo(1.0, within(1e-6));
        assertThat(analysis.get("communities")).isNotEmpty();
        assertThat(analysis.get("modularity").asDouble()).isBetween(-0.5, 1.0);
    }

    @Test
    void shouldRankKeyPlayersByBrokerageLeavingChildrenOut() {
        JsonNode analysis = analyse("ids=" + graph.id("a") + "&depth=4&kinds=PERSON");

        List<String> players = new ArrayList<>();
        analysis.get("keyPlayers").forEach(p -> players.add(handle(p.get("id").asText())));
        assertThat(players).containsExactly("b", "d", "a");
        assertThat(analysis.get("keyPlayers").get(0).get("reason").asText())
                .startsWith("Connects to 1 child; ").contains("on 83% of shortest paths").endsWith("; 3 direct links");
    }

    @Test
    void shouldRefuseASubgraphOverTheLimitNamingIt() {
        var reply = client.get("/api/network/analysis?ids=" + graph.id("a") + "&depth=4", "analyst");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("message").asText()).contains("6", "analysis-node-limit");
    }

    @Test
    void shouldRefuseBadParametersAndUnknownIds() {
        assertThat(client.get("/api/network/analysis?depth=2", "analyst").body().get("errors").get(0).get("field").asText()).isEqualTo("ids");
        assertThat(client.get("/api/network/analysis?ids=" + graph.id("a") + "&depth=9", "analyst").status()).isEqualTo(400);
        assertThat(client.get("/api/network/analysis?ids=nobody", "analyst").status()).isEqualTo(404);
    }

    private JsonNode analyse(String query) {
        var reply = client.get("/api/network/analysis?" + query, "analyst");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private JsonNode node(JsonNode analysis, String handle) {
        for (JsonNode n : analysis.get("nodes")) {
            if (n.get("id").asText().equals(graph.id(handle))) {
                return n;
            }
        }
        throw new AssertionError("no " + handle);
    }

    private String handle(String id) {
        for (String handle : List.of("a", "b", "c", "d", "e", "p1", "hotel")) {
            if (graph.id(handle).equals(id)) {
                return handle;
            }
        }
        return id;
    }
}
