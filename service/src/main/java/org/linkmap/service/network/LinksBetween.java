package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/**
 * What links two cases: the people, phones, vehicles, online accounts, locations, organisations and networks
 * within reach of both (at most {@code maxHops} hops there and on again), each with a shortest path from the
 * first case through it to the second. Found by two breadth-first searches of {@code maxHops - 1} rings, one
 * from each case, keeping the first predecessor of each node, so each connector's path is deterministic.
 * Connectors are listed nearest first (fewest hops in all), then by kind and label.
 */
@Component
class LinksBetween {

    static final Set<EntityKind> CONNECTOR_KINDS = EnumSet.of(EntityKind.PERSON, EntityKind.PHONE, EntityKind.VEHICLE,
            EntityKind.ONLINE_ACCOUNT, EntityKind.LOCATION, EntityKind.ORGANISATION, EntityKind.NETWORK);

    private final Graph graph;
    private final LinkReader reader;
    private final NetworkAccess access;

    LinksBetween(Graph graph, LinkReader reader, NetworkAccess access) {
        this.graph = graph;
        this.reader = reader;
        this.access = access;
    }

    record Connector(NodeSummary node, int hops, NetworkPaths.PathView path) {
    }

    record LinksBetweenView(NodeSummary a, NodeSummary b, List<Connector> connectors) {
    }

    LinksBetweenView between(String aId, String bId, int maxHops, NetworkFilter filter) {
        return graph.read(tx -> {
            NodeSummary a = Neighbourhood.find(tx, aId);
            NodeSummary b = Neighbourhood.find(tx, bId);
            access.checkCanOpen(a);
            access.checkCanOpen(b);
            NetworkFilter ends = filter.withEnds(List.of(a.id(), b.id()));
            Tree fromA = tree(tx, a, maxHops - 1, ends);
            Tree fromB = tree(tx, b, maxHops - 1, ends);
            List<Connector> connectors = new ArrayList<>();
            for (Map.Entry<String, Integer> e : fromA.distance.entrySet()) {
                String id = e.getKey();
                Integer toB = fromB.distance.get(id);
                NodeSummary node = fromA.nodes.get(id);
                if (toB == null || id.equals(a.id()) || id.equals(b.id()) || e.getValue() + toB > maxHops
                        || !CONNECTOR_KINDS.contains(node.kind()) || !access.expands(node)) {
                    continue;
                }
                connectors.add(new Connector(access.show(node), e.getValue() + toB, path(fromA, fromB, id)));
            }
            connectors.sort(Comparator.comparingInt(Connector::hops).thenComparing(c -> c.node().kind())
                    .thenComparing(c -> c.node().label()).thenComparing(c -> c.node().id()));
            return new LinksBetweenView(access.show(a), access.show(b), connectors);
        });
    }

    private Tree tree(Graph.Tx tx, NodeSummary start, int rings, NetworkFilter filter) {
        Tree tree = new Tree();
        tree.distance.put(start.id(), 0);
        tree.nodes.put(start.id(), start);
        List<String> frontier = List.of(start.id());
        for (int ring = 1; ring <= rings && !frontier.isEmpty(); ring++) {
            List<String> next = new ArrayList<>();
            for (LinkRow row : reader.links(tx, frontier, filter)) {
                String far = row.far().id();
                if (row.restricted() || tree.distance.containsKey(far)) {
                    continue;
                }
                tree.distance.put(far, ring);
                tree.nodes.put(far, row.far());
                tree.before.put(far, row);
                if (access.expands(row.far())) {
                    next.add(far);
                }
            }
            frontier = next;
        }
        return tree;
    }

    /** From a's start to {@code via}, then on to b's start. */
    private NetworkPaths.PathView path(Tree a, Tree b, String via) {
        List<NodeSummary> nodes = new ArrayList<>();
        List<Link> edges = new ArrayList<>();
        for (String id = via; a.before.containsKey(id); id = a.before.get(id).nearId()) {
            nodes.add(0, a.nodes.get(id));
            edges.add(0, a.before.get(id).link());
        }
        nodes.add(0, a.nodes.get(startOf(a)));
        for (String id = via; b.before.containsKey(id); id = b.before.get(id).nearId()) {
            edges.add(b.before.get(id).link());
            nodes.add(b.nodes.get(b.before.get(id).nearId()));
        }
        return new NetworkPaths.PathView(nodes.stream().map(access::show).toList(), edges);
    }

    private static String startOf(Tree tree) {
        return tree.distance.entrySet().stream().filter(e -> e.getValue() == 0).findFirst().orElseThrow().getKey();
    }

    /** One breadth-first search: distances, the first predecessor of each node, the nodes met. */
    private static final class Tree {
        final Map<String, Integer> distance = new HashMap<>();
        final Map<String, NodeSummary> nodes = new LinkedHashMap<>();
        final Map<String, LinkRow> before = new HashMap<>();
    }
}
