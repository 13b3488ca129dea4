package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.network.measure.GraphMeasures;
import org.linkmap.service.network.measure.Measures;
import org.linkmap.service.network.measure.NodeMeasures;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * Social network analysis of the subgraph around some entities: the reader's view of it (only links the reader
 * sees, never expanded through another area's node), links taken as undirected, one link between two nodes
 * however many types join them. A subgraph larger than the configured limit is refused before anything is
 * measured: betweenness grows with nodes times links.
 */
@Component
class NetworkAnalysis {

    private final org.linkmap.service.neo4j.Graph graph;
    private final Neighbourhood neighbourhood;
    private final NetworkAccess access;
    private final int limit;

    NetworkAnalysis(org.linkmap.service.neo4j.Graph graph, Neighbourhood neighbourhood, NetworkAccess access, NetworkProperties properties) {
        this.graph = graph;
        this.neighbourhood = neighbourhood;
        this.access = access;
        this.limit = properties.analysisNodeLimit();
    }

    record NodeView(String id, String kind, String label, int degree, double betweenness, double closeness, double pagerank,
                    int coreNumber, int community) {
    }

    record Community(int id, List<String> members) {
    }

    record AnalysisView(List<NodeView> nodes, List<Community> communities, double modularity, String communityMethod,
                        List<KeyPlayers.KeyPlayer> keyPlayers) {
    }

    AnalysisView analyse(List<String> ids, int depth, NetworkFilter filter) {
        Neighbourhood.Subgraph expanded = graph.read(tx -> neighbourhood.expand(tx, ids, depth, filter, limit + 1));
        if (expanded.truncated() || expanded.nodes().size() > limit) {
            throw new InvalidRequest("depth", "the subgraph has more than " + limit
                    + " nodes, the analysis limit (linkmap.network.analysis-node-limit): ask for less depth, fewer ids or narrower filters");
        }
        Neighbourhood.Subgraph subgraph = expanded.inView(expanded.nodes().stream().limit(ids.size())
                .map(NodeSummary::id).toList());
        Measures measures = GraphMeasures.of(undirected(subgraph));
        Map<String, NodeSummary> shown = new HashMap<>();
        subgraph.nodes().forEach(n -> shown.put(n.id(), access.show(n)));
        List<NodeView> nodes = new ArrayList<>();
        for (NodeMeasures m : measures.nodes()) {
            NodeSummary node = shown.get(m.id());
            nodes.add(new NodeView(m.id(), String.valueOf(node.kind()), node.label(), m.degree(), m.betweenness(), m.closeness(),
                    m.pagerank(), m.coreNumber(), m.community()));
        }
        List<Community> communities = new ArrayList<>();
        for (int i = 0; i < measures.communities().size(); i++) {
            communities.add(new Community(i, measures.communities().get(i)));
        }
        return new AnalysisView(nodes, communities, measures.modularity(), "label propagation, best modularity of 10 fixed seeds",
                KeyPlayers.rank(measures, subgraph, shown));
    }

    private static Graph<String, DefaultEdge> undirected(Neighbourhood.Subgraph subgraph) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        subgraph.nodes().forEach(n -> g.addVertex(n.id()));
        for (Link link : subgraph.links()) {
            if (!link.source().equals(link.target()) && g.containsVertex(link.source()) && g.containsVertex(link.target())) {
                g.addEdge(link.source(), link.target());
            }
        }
        return g;
    }
}
