package org.linkmap.service.network.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;

/**
 * Degree, betweenness, closeness, PageRank, core number and communities of an undirected simple graph, normalised
 * as NetworkX normalises them by default:
 *
 * <ul>
 *   <li><b>Betweenness and closeness</b> from {@link PathCentrality} (Brandes), which explains why JGraphT's own
 *   classes are not used for them and how NetworkX normalises (JGraphT divides betweenness by (n-1)(n-2), NetworkX
 *   by (n-1)(n-2)/2; JGraphT gives closeness 0 throughout a disconnected graph, NetworkX uses Wasserman-Faust).</li>
 *   <li><b>PageRank</b> (JGraphT): damping 0.85, each link followed both ways, tolerance 1e-8; it agrees with
 *   NetworkX run to convergence (NetworkX's default tolerance, 1e-6 times n summed, leaves 5e-5 on 2,000 nodes).</li>
 *   <li><b>Core numbers</b> (JGraphT's {@code Coreness}) and <b>communities</b> ({@link Communities}).</li>
 * </ul>
 *
 * Stateless and thread-safe; time is dominated by betweenness, O(nm) for n nodes and m links.
 */
public final class GraphMeasures {

    private GraphMeasures() {
    }

    public static Measures of(Graph<String, DefaultEdge> graph) {
        int n = graph.vertexSet().size();
        PathCentrality.Scores paths = PathCentrality.of(graph);
        Map<String, Double> betweenness = paths.betweenness();
        Map<String, Double> closeness = paths.closeness();
        Map<String, Double> pagerank = n == 0 ? Map.of() : new PageRank<>(graph, 0.85, 100, 1e-8).getScores();
        Map<String, Integer> cores = new Coreness<>(graph).getScores();
        Communities.Partition partition = Communities.detect(graph);
        List<NodeMeasures> nodes = new ArrayList<>(n);
        for (String id : graph.vertexSet()) {
            nodes.add(new NodeMeasures(id, graph.degreeOf(id), betweenness.get(id), closeness.get(id),
                    pagerank.get(id), cores.get(id), partition.communityOf().get(id)));
        }
        return new Measures(nodes, partition.communities(), partition.modularity());
    }
}
