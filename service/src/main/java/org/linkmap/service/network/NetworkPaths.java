package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/**
 * Find Path and Find Connecting Network: every shortest path between two entities, and the union of the
 * shortest paths between each pair of a set (as i2 Analyst's Notebook's Find Connecting Network). {@code kinds}
 * limits the nodes a path passes through; the entities asked about always count, whatever their kind.
 */
@Component
class NetworkPaths {

    private final Graph graph;
    private final ShortestPaths shortest;
    private final NetworkAccess access;
    private final int pathLimit;

    NetworkPaths(Graph graph, ShortestPaths shortest, NetworkAccess access, NetworkProperties properties) {
        this.graph = graph;
        this.shortest = shortest;
        this.access = access;
        this.pathLimit = properties.pathLimit();
    }

    /** {@code truncated} when there were more than the configured number of shortest paths. */
    record PathsView(List<PathView> paths, boolean truncated) {
    }

    record PathView(List<NodeSummary> nodes, List<Link> edges) {
        int hops() {
            return edges.size();
        }
    }

    /** {@code unconnected}: the pairs with no path within {@code maxHops}. */
    record ConnectingView(List<NodeSummary> nodes, List<Link> edges, List<List<String>> unconnected, boolean truncated) {
    }

    PathsView paths(String fromId, String toId, int maxHops, NetworkFilter filter) {
        return graph.read(tx -> {
            NodeSummary a = open(tx, fromId);
            NodeSummary b = open(tx, toId);
            ShortestPaths.Paths found = shortest.between(tx, a, b, maxHops, filter.withEnds(List.of(a.id(), b.id())), pathLimit);
            return new PathsView(found.paths().stream().map(this::shown).toList(), found.truncated());
        });
    }

    ConnectingView connecting(List<String> ids, int maxHops, NetworkFilter filter) {
        return graph.read(tx -> {
            List<NodeSummary> ends = ids.stream().map(id -> open(tx, id)).toList();
            Map<String, NodeSummary> nodes = new LinkedHashMap<>();
            ends.forEach(n -> nodes.putIfAbsent(n.id(), n));
            NetworkFilter asked = filter.withEnds(nodes.keySet());
            LinkSet links = new LinkSet();
            List<List<String>> unconnected = new ArrayList<>();
            boolean truncated = false;
            for (int i = 0; i < ends.size(); i++) {
                for (int j = i + 1; j < ends.size(); j++) {
                    NodeSummary a = ends.get(i);
                    NodeSummary b = ends.get(j);
                    ShortestPaths.Paths found = shortest.between(tx, a, b, maxHops, asked, pathLimit);
                    truncated |= found.truncated();
                    if (found.paths().isEmpty()) {
                        unconnected.add(List.of(a.id(), b.id()));
                    }
                    for (ShortestPaths.Path path : found.paths()) {
                        path.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
                        path.edges().forEach(links::add);
                    }
                }
            }
            return new ConnectingView(nodes.values().stream().map(access::show).toList(), links.all(), unconnected, truncated);
        });
    }

    private NodeSummary open(Graph.Tx tx, String id) {
        NodeSummary node = Neighbourhood.find(tx, id);
        access.checkCanOpen(node);
        return node;
    }

    private PathView shown(ShortestPaths.Path path) {
        return new PathView(path.nodes().stream().map(access::show).toList(), path.edges());
    }
}
