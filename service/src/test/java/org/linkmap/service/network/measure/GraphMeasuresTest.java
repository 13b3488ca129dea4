package org.linkmap.service.network.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * The measures against NetworkX 2.8.8 (the reference files in {@code network/}): degree exactly, betweenness and
 * closeness to 1e-9, PageRank to 1e-7, core numbers exactly, and the modularity of the communities found beside
 * NetworkX Louvain's (seed 42).
 */
class GraphMeasuresTest {

    @Test
    void shouldMatchNetworkxOnTheKarateClub() {
        Measures measures = GraphMeasures.of(graph("karate"));

        checkAgainstNetworkx("karate", measures);
        assertThat(measures.modularity()).as("label propagation 0.399; NetworkX Louvain (seed 42) 0.385").isGreaterThan(0.37);
    }

    @Test
    void shouldMatchNetworkxOnARandomGeometricGraphOfThreeComponents() {
        Measures measures = GraphMeasures.of(graph("rgg2k"));

        checkAgainstNetworkx("rgg2k", measures);
        assertThat(measures.modularity()).as("label propagation 0.840; NetworkX Louvain (seed 42) 0.928").isGreaterThan(0.83);
    }

    @Test
    void shouldGiveTheSameCommunitiesEveryTime() {
        Measures first = GraphMeasures.of(graph("karate"));
        Measures second = GraphMeasures.of(graph("karate"));

        assertThat(second.communities()).isEqualTo(first.communities());
        assertThat(second.modularity()).isEqualTo(first.modularity());
    }

    @Test
    void shouldScoreALonelyNodeZero() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        graph.addVertex("a");

        NodeMeasures only = GraphMeasures.of(graph).nodes().get(0);

        assertThat(only.degree()).isZero();
        assertThat(only.betweenness()).isZero();
        assertThat(only.closeness()).isZero();
        assertThat(only.coreNumber()).isZero();
        assertThat(only.pagerank()).isEqualTo(1.0, within(1e-9));
    }

    private static void checkAgainstNetworkx(String name, Measures measures) {
        Map<String, String[]> nx = rows("nx_" + name + ".csv");
        Map<String, String[]> nxRank = rows("nx_" + name + "_pagerank_core.csv");
        assertThat(measures.nodes()).hasSize(nx.size());
        for (NodeMeasures node : measures.nodes()) {
            String[] expected = nx.get(node.id());
            String[] rank = nxRank.get(node.id());
            assertThat(node.degree()).as("degree of " + node.id()).isEqualTo(Integer.parseInt(expected[1]));
            assertThat(node.betweenness()).as("betweenness of " + node.id()).isCloseTo(Double.parseDouble(expected[3]), within(1e-9));
            assertThat(node.closeness()).as("closeness of " + node.id()).isCloseTo(Double.parseDouble(expected[6]), within(1e-9));
            assertThat(node.pagerank()).as("pagerank of " + node.id()).isCloseTo(Double.parseDouble(rank[1]), within(1e-7));
            assertThat(node.coreNumber()).as("core number of " + node.id()).isEqualTo(Integer.parseInt(rank[2]));
        }
    }

    static Graph<String, DefaultEdge> graph(String name) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        rows(name + "_nodes.csv").keySet().stream().sorted((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b)))
                .forEach(graph::addVertex);
        for (String line : lines(name + "_edges.csv")) {
            String[] f = line.split(",");
            graph.addEdge(f[0], f[1]);
        }
        return graph;
    }

    private static Map<String, String[]> rows(String resource) {
        Map<String, String[]> rows = new HashMap<>();
        for (String line : lines(resource)) {
            String[] f = line.split(",");
            rows.put(f[0], f);
        }
        return rows;
    }

    private static List<String> lines(String resource) {
        try (InputStream in = GraphMeasuresTest.class.getResourceAsStream("/network/" + resource)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
