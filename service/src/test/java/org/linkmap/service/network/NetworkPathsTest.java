package org.linkmap.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/** Paths, the connecting network and what links two cases, on {@link GraphFixture#standard()}. */
@HarnessTest
class NetworkPathsTest extends ApiTestSupport {

    private GraphFixture graph;

    @BeforeEach
    void buildTheGraph() {
        graph = new GraphFixture(client).standard();
    }

    @Test
    void shouldFindEveryShortestPath() {
        JsonNode found = get("/api/network/paths?from=" + graph.id("a") + "&to=" + graph.id("e"));

        assertThat(paths(found)).containsExactlyInAnyOrder("a b d e", "a p1 d e");
        JsonNode first = found.get("paths").get(0);
        assertThat(first.get("edges")).hasSize(3);
        assertThat(first.get("edges").get(2).get("type").asText()).isEqualTo("EXPLOITS");
    }

    @Test
    void shouldApplyTheFiltersToPaths() {
        String ends = "/api/network/paths?from=" + graph.id("a") + "&to=" + graph.id("e");

        assertThat(paths(get(ends + "&types=USES,EXPLOITS"))).containsExactly("a p1 d e");
        assertThat(paths(get(ends + "&periodTo=2026-06-30"))).containsExactly("a p1 d e");
        assertThat(paths(get(ends + "&maxHops=2"))).isEmpty();
        assertThat(paths(get(ends + "&minIntelligence=B"))).isEmpty();
        assertThat(paths(get("/api/network/paths?from=" + graph.id("c") + "&to=" + graph.id("hotel")))).containsExactly("c b d e hotel");
    }

    /**
     * {@code kinds} names the kinds a path may pass through; the two ends count whatever theirs. Between two people
     * with {@code kinds=PHONE} no path may pass through another person, though both ends are people.
     */
    @Test
    void shouldPassOnlyThroughTheKindsAskedForWhateverTheKindsOfTheEnds() {
        String ends = "/api/network/paths?from=" + graph.id("a") + "&to=" + graph.id("e");

        assertThat(paths(get(ends + "&kinds=PHONE"))).isEmpty();
        assertThat(paths(get(ends + "&kinds=PERSON"))).containsExactly("a b d e");
        assertThat(paths(get(ends + "&kinds=PHONE,PERSON"))).containsExactlyInAnyOrder("a b d e", "a p1 d e");
        assertThat(paths(get("/api/network/paths?kinds=PHONE&from=" + graph.id("a") + "&to=" + graph.id("p1")))).containsExactly("a p1");
        JsonNode connecting = get("/api/network/connecting?kinds=PHONE&ids=" + graph.id("a") + "," + graph.id("c") + "," + graph.id("d"));
        assertThat(edges(connecting)).containsExactlyInAnyOrder("a-p1", "d-p1");
        assertThat(connecting.get("unconnected")).hasSize(2);
        assertThat(get("/api/network/links-between?kinds=PHONE&a=" + graph.id("c") + "&b=" + graph.id("e")).get("connectors")).isEmpty();
    }

    @Test
    void shouldJoinTheShortestPathsOfEveryPairIntoTheConnectingNetwork() {
        JsonNode connecting = get("/api/network/connecting?ids=" + graph.id("a") + "," + graph.id("c") + "," + graph.id("e"));

        assertThat(handles(connecting.get("nodes"))).containsExactlyInAnyOrder("a", "b", "c", "p1", "d", "e");
        assertThat(edges(connecting)).containsExactlyInAnyOrder("a-b", "b-c", "a-p1", "d-p1", "d-e", "b-d");
        assertThat(connecting.get("unconnected")).isEmpty();
    }

    @Test
    void shouldSayWhichPairsTheConnectingNetworkCouldNotJoin() {
        JsonNode connecting = get("/api/network/connecting?maxHops=2&ids=" + graph.id("a") + "," + graph.id("c") + "," + graph.id("e"));

        assertThat(edges(connecting)).containsExactlyInAnyOrder("a-b", "b-c");
        assertThat(connecting.get("unconnected")).hasSize(2);
    }

    @Test
    void shouldListWhatLinksTwoChildrenWithThePathToEach() {
        JsonNode near = get("/api/network/links-between?a=" + graph.id("c") + "&b=" + graph.id("e"));
        JsonNode far = get("/api/network/links-between?maxHops=5&a=" + graph.id("c") + "&b=" + graph.id("e"));

        assertThat(connectors(near)).containsExactly("b 3", "d 3");
        assertThat(handles(near.get("connectors").get(0).get("path").get("nodes"))).containsExactly("c", "b", "d", "e");
        assertThat(connectors(far)).containsExactly("b 3", "d 3", "a 5", "hotel 5", "p1 5");
        List<String> viaHotel = handles(far.get("connectors").get(3).get("path").get("nodes"));
        assertThat(viaHotel).as("a connector's path goes there and on, back if need be").containsExactly("c", "b", "d", "e", "hotel", "e");
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/network/paths?to=X | from", "/api/network/paths?from=X&to=X&maxHops=11 | maxHops",
            "/api/network/paths?from=X&to=X&maxHops=0 | maxHops", "/api/network/paths?from=X&to=X&periodFrom=soon | periodFrom",
            "/api/network/connecting?ids=X | ids", "/api/network/connecting?ids=X,Y&maxHops=20 | maxHops",
            "/api/network/links-between?a=X | b", "/api/network/links-between?a=X&b=Y&maxHops=9 | maxHops"})
    void shouldRefuseABadParameterNamingIt(String path, String field) {
        var reply = client.get(path, "analyst");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownEnd() {
        assertThat(client.get("/api/network/paths?from=" + graph.id("a") + "&to=nobody", "analyst").status()).isEqualTo(404);
        assertThat(client.get("/api/network/connecting?ids=" + graph.id("a") + ",nobody", "analyst").status()).isEqualTo(404);
    }

    private JsonNode get(String path) {
        var reply = client.get(path, "analyst");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private List<String> paths(JsonNode found) {
        List<String> paths = new ArrayList<>();
        found.get("paths").forEach(p -> paths.add(String.join(" ", handles(p.get("nodes")))));
        return paths;
    }

    private List<String> connectors(JsonNode found) {
        List<String> connectors = new ArrayList<>();
        found.get("connectors").forEach(c -> connectors.add(handle(c.get("node").get("id").asText()) + " " + c.get("hops").asInt()));
        return connectors;
    }

    private List<String> handles(JsonNode nodes) {
        List<String> handles = new ArrayList<>();
        nodes.forEach(n -> handles.add(handle(n.get("id").asText())));
        return handles;
    }

    private Set<String> edges(JsonNode network) {
        Set<String> edges = new TreeSet<>();
        network.get("edges").forEach(e -> {
            String a = handle(e.get("source").asText());
            String b = handle(e.get("target").asText());
            edges.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
        });
        return edges;
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
