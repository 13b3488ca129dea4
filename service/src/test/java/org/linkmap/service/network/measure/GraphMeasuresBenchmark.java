package org.linkmap.service.network.measure;

import java.util.Random;
import java.util.function.Supplier;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (its name keeps it out of the normal build): each measure on its own, then the whole
 * analysis, on a generated graph of 5,000 nodes shaped as the network benchmark's (about three links per node,
 * four in five within a group of 100). Run with
 * {@code mvn -o -pl service -am verify -Dtest=GraphMeasuresBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dlinkmap.bench.measure-nodes=N} for another size).
 */
class GraphMeasuresBenchmark {

    private static final int NODES = Integer.getInteger("linkmap.bench.measure-nodes", 5_000);

    @Test
    void measure() {
        Graph<String, DefaultEdge> graph = generated(new Random(42));
        System.out.printf("graph: %,d nodes, %,d links%n", graph.vertexSet().size(), graph.edgeSet().size());
        for (int round = 1; round <= 3; round++) {
            time(round, "betweenness and closeness", () -> PathCentrality.of(graph));
            time(round, "PageRank", () -> new PageRank<>(graph, 0.85, 100, 1e-8).getScores());
            time(round, "core numbers", () -> new Coreness<>(graph).getScores());
            time(round, "communities", () -> Communities.detect(graph));
            time(round, "all (GraphMeasures.of)", () -> GraphMeasures.of(graph));
        }
    }

    private static void time(int round, String what, Supplier<?> work) {
        long started = System.nanoTime();
        work.get();
        System.out.printf("round %d  %-28s %,8.0f ms%n", round, what, (System.nanoTime() - started) / 1e6);
    }

    private static Graph<String, DefaultEdge> generated(Random random) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (int i = 0; i < NODES; i++) {
            graph.addVertex("n" + i);
        }
        for (int link = 0; link < 3 * NODES; link++) {
            int a = random.nextInt(NODES);
            int b = random.nextDouble() < 0.8 ? Math.min(NODES - 1, a / 100 * 100 + random.nextInt(100)) : random.nextInt(NODES);
            if (a != b) {
                graph.addEdge("n" + a, "n" + b);
            }
        }
        return graph;
    }
}
