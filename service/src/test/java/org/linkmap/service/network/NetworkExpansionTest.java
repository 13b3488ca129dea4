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

/** {@code GET /api/network/{id}} with its filters, on {@link GraphFixture#standard()}, whose answers are known. */
@HarnessTest
class NetworkExpansionTest extends ApiTestSupport {

    private GraphFixture graph;

    @BeforeEach
    void buildTheGraph() {
        graph = new GraphFixture(client).standard();
    }

    @Test
    void shouldExpandHopByHopWithEveryLinksProvenance() {
        JsonNode one = network("a", "depth=1");

        assertThat(handles(one)).containsExactlyInAnyOrder("a", "b", "p1");
        JsonNode associates = edge(one, "a", "b");
        assertThat(associates.get("type").asText()).isEqualTo("ASSOCIATES_WITH");
        assertThat(associates.get("agencies").asInt()).isEqualTo(2);
        assertThat(associates.get("sources")).hasSize(2);
        assertThat(associates.get("firstReported").asText()).startsWith("2026-01-10");
        assertThat(associates.get("lastReported").asText()).startsWith("2026-05-01");
        assertThat(associates.get("grading").get("source").asInt()).isEqualTo(1);
        assertThat(associates.get("grading").get("intelligence").asText()).isEqualTo("A");
        assertThat(associates.get("inferred").asBoolean()).isFalse();
        assertThat(associates.get("id").asText()).isNotBlank();
        assertThat(one.get("truncated").asBoolean()).isFalse();
        assertThat(handles(network("a", "depth=2"))).containsExactlyInAnyOrder("a", "b", "p1", "c", "d");
        assertThat(handles(network("a", "depth=3"))).containsExactlyInAnyOrder("a", "b", "p1", "c", "d", "e");
        assertThat(handles(network("a", "depth=4"))).containsExactlyInAnyOrder("a", "b", "p1", "c", "d", "e", "hotel");
    }

    @Test
    void shouldShowLinksAmongTheOuterRing() {
        JsonNode two = network("a", "depth=2");

        assertThat(edges(two)).containsExactlyInAnyOrder("a-b", "a-p1", "b-c", "d-p1", "b-d");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "to=2026-02-28                    | a b p1",
            "asAt=2026-04-01                  | a b p1 c",
            "from=2026-04-01                  | a b d p1 e hotel",
            "from=2026-04-01&to=2026-06-30    | a b",
            "minAgencies=2                    | a b",
            "minSource=1                      | a b p1",
            "minIntelligence=B                | a b p1 d",
            "minIntelligence=A                | a b p1",
            "types=USES                       | a p1 d",
            "types=USES,ASSOCIATES_WITH       | a b p1 d",
            "kinds=PERSON                     | a b c d e"})
    void shouldKeepOnlyTheLinksTheFilterKeeps(String filter, String expected) {
        assertThat(handles(network("a", "depth=4&" + filter))).containsExactlyInAnyOrder(expected.split(" "));
    }

    @Test
    void shouldKeepALinkWhenOneSourceMeetsBothGradesTogether() {
        // e-FREQUENTS-hotel: POLICE graded 1D and HEALTH graded 3A. Its best source is 1, its best intelligence A,
        // but no single source is 1A.
        assertThat(handles(network("e", "depth=1&types=FREQUENTS&minIntelligence=A"))).containsExactlyInAnyOrder("e", "hotel");
        assertThat(handles(network("e", "depth=1&types=FREQUENTS&minSource=1"))).containsExactlyInAnyOrder("e", "hotel");
        assertThat(handles(network("e", "depth=1&types=FREQUENTS&minSource=1&minIntelligence=A"))).containsExactly("e");
    }

    @Test
    void shouldStopAtTheNodeLimitAndSaySo() {
        JsonNode cut = network("a", "depth=4&limit=3");

        assertThat(cut.get("nodes")).hasSize(3);
        assertThat(cut.get("truncated").asBoolean()).isTrue();
        assertThat(handles(cut)).contains("a");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownEntity() {
        assertThat(client.get("/api/network/00000000-0000-0000-0000-000000000000", "analyst").status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', value = {
            "depth=0 | depth", "depth=5 | depth", "depth=two | depth", "from=2026-13-01 | from", "to=yesterday | to",
            "from=2026-05-01&to=2026-04-01 | to", "asAt=1066-10-14 | asAt", "minSource=4 | minSource",
            "minSource=0 | minSource", "minIntelligence=F | minIntelligence", "minAgencies=0 | minAgencies",
            "inferred=maybe | inferred", "coLocationMetres=-5 | coLocationMetres", "coLocationMetres=50000 | coLocationMetres",
            "coLocationHours=0 | coLocationHours", "coLocationHours=10000 | coLocationHours", "kinds=PERSON,GHOST | kinds",
            "types=KNOWS | types", "limit=0 | limit"})
    void shouldRefuseABadParameterNamingIt(String query, String field) {
        var reply = client.get("/api/network/" + graph.id("a") + "?" + query, "analyst");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private JsonNode network(String handle, String query) {
        var reply = client.get("/api/network/" + graph.id(handle) + "?" + query, "analyst");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        return reply.body();
    }

    private List<String> handles(JsonNode network) {
        List<String> handles = new ArrayList<>();
        network.get("nodes").forEach(n -> handles.add(handle(n.get("id").asText())));
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

    private JsonNode edge(JsonNode network, String a, String b) {
        for (JsonNode e : network.get("edges")) {
            if (Set.of(e.get("source").asText(), e.get("target").asText()).equals(Set.of(graph.id(a), graph.id(b)))) {
                return e;
            }
        }
        throw new AssertionError("no link " + a + "-" + b + " in " + network);
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
