package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/**
 * Every shortest path between two nodes, by breadth-first search from both ends at once: each round expands
 * the smaller frontier by one whole ring (one query), recording every predecessor at the ring before, until
 * the two searches meet or their radii add up to {@code maxHops}. Because whole rings are expanded, the nodes
 * where the searches meet with the least total distance lie on every shortest path, and walking predecessors
 * back from them gives all of them. Links are followed only when the filter keeps them and the reader sees
 * them, and never out of a node outside the reader's scope. The search records only where each step leads and
 * along which type of link (see {@link LinkReader#steps}); the links of the shortest paths found, and their
 * nodes, are then read whole in one more query.
 */
@Component
class ShortestPaths {

    /** The order walks take predecessors in, so the same graph always gives the same paths in the same order. */
    private static final Comparator<Step> ORDER = Comparator.comparing(Step::node).thenComparing(Step::type);

    private final LinkReader reader;
    private final NetworkAccess access;

    ShortestPaths(LinkReader reader, NetworkAccess access) {
        this.reader = reader;
        this.access = access;
    }

    /** One path: its nodes from one end to the other, and the link between each consecutive pair. */
    record Path(List<NodeSummary> nodes, List<Link> edges) {
    }

    /** The shortest paths, at most {@code limit} of them, and whether there were more. */
    record Paths(List<Path> paths, boolean truncated) {
    }

    Paths between(Graph.Tx tx, NodeSummary a, NodeSummary b, int maxHops, NetworkFilter filter, int limit) {
        if (a.id().equals(b.id())) {
            return new Paths(List.of(new Path(List.of(a), List.of())), false);
        }
        Search fromA = new Search(a);
        Search fromB = new Search(b);
        while (fromA.radius + fromB.radius < maxHops) {
            Search side = fromA.frontier.size() <= fromB.frontier.size() ? fromA : fromB;
            if (side.frontier.isEmpty()) {
                break;
            }
            Search other = side == fromA ? fromB : fromA;
            // On the last ring the hop budget allows, only nodes the other search has reached can complete a path.
            boolean last = fromA.radius + fromB.radius + 1 == maxHops;
            grow(tx, side, last ? other.distance.keySet() : null, filter);
            List<String> meeting = meeting(fromA, fromB);
            if (!meeting.isEmpty()) {
                return read(tx, a, b, enumerate(fromA, fromB, meeting, limit), filter);
            }
        }
        return new Paths(List.of(), false);
    }

    private void grow(Graph.Tx tx, Search side, Set<String> only, NetworkFilter filter) {
        List<String> next = new ArrayList<>();
        for (LinkReader.Step step : reader.steps(tx, side.frontier, only, filter)) {
            String far = step.far().id();
            Integer known = side.distance.get(far);
            if (known == null) {
                side.distance.put(far, side.radius + 1);
                side.nodes.put(far, step.far());
                if (access.expands(step.far())) {
                    next.add(far);
                }
                known = side.radius + 1;
            }
            if (known == side.radius + 1) {
                List<Step> steps = side.before.computeIfAbsent(far, k -> new ArrayList<>());
                Step back = new Step(step.nearId(), step.type());
                if (!steps.contains(back)) {
                    steps.add(back);
                }
            }
        }
        side.frontier = next;
        side.radius++;
    }

    /**
     * The nodes both searches reached with the least total distance. Before this round they had not met, so every
     * one of them lies on the ring just added, and every shortest path passes exactly one of them. A node outside
     * the reader's scope is not passed through.
     */
    private List<String> meeting(Search a, Search b) {
        int best = Integer.MAX_VALUE;
        List<String> meeting = new ArrayList<>();
        for (Map.Entry<String, Integer> e : a.distance.entrySet()) {
            Integer other = b.distance.get(e.getKey());
            if (other == null || e.getValue() > 0 && other > 0 && !access.expands(a.nodes.get(e.getKey()))) {
                continue;
            }
            int total = e.getValue() + other;
            if (total < best) {
                best = total;
                meeting.clear();
            }
            if (total == best) {
                meeting.add(e.getKey());
            }
        }
        return meeting;
    }

    /** The walks through the meeting nodes, each as its nodes' ids and the types of link between them. */
    private static Walks enumerate(Search a, Search b, List<String> meeting, int limit) {
        List<Walk> walks = new ArrayList<>();
        for (String middle : meeting.stream().sorted().toList()) {
            for (List<Step> left : a.walks(middle, limit + 1)) {
                for (List<Step> right : b.walks(middle, limit + 1)) {
                    if (walks.size() == limit) {
                        return new Walks(walks, true);
                    }
                    walks.add(join(left, right, middle));
                }
            }
        }
        return new Walks(walks, false);
    }

    /** The walk from a's start to b's start through {@code middle}: left runs start to middle, right middle back to b's start. */
    private static Walk join(List<Step> left, List<Step> right, String middle) {
        List<String> nodes = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (Step step : left) {
            nodes.add(step.node());
            types.add(step.type());
        }
        nodes.add(middle);
        for (int i = right.size() - 1; i >= 0; i--) {
            types.add(right.get(i).type());
            nodes.add(right.get(i).node());
        }
        return new Walk(nodes, types);
    }

    /**
     * The walks as paths: their links (each the first the reader's view has between two consecutive nodes, of the
     * step's type, as {@link LinkReader#links} reads it) and their nodes, all read in one query.
     */
    private Paths read(Graph.Tx tx, NodeSummary a, NodeSummary b, Walks walks, NetworkFilter filter) {
        Set<String> onPaths = new LinkedHashSet<>();
        walks.walks().forEach(walk -> onPaths.addAll(walk.nodes()));
        Map<String, NodeSummary> nodes = new HashMap<>(Map.of(a.id(), a, b.id(), b));
        Map<List<String>, Link> links = new HashMap<>();
        for (LinkRow row : reader.links(tx, onPaths, onPaths, filter)) {
            if (!row.restricted()) {
                nodes.putIfAbsent(row.far().id(), row.far());
                links.putIfAbsent(List.of(row.nearId(), row.far().id(), row.link().type()), row.link());
            }
        }
        List<Path> paths = new ArrayList<>();
        for (Walk walk : walks.walks()) {
            List<Link> edges = new ArrayList<>();
            for (int i = 0; i < walk.types().size(); i++) {
                edges.add(links.get(List.of(walk.nodes().get(i), walk.nodes().get(i + 1), walk.types().get(i))));
            }
            paths.add(new Path(walk.nodes().stream().map(nodes::get).toList(), edges));
        }
        return new Paths(paths, walks.truncated());
    }

    /** A shortest walk: its nodes' ids from one end to the other, and the type of link between each consecutive pair. */
    private record Walk(List<String> nodes, List<String> types) {
    }

    private record Walks(List<Walk> walks, boolean truncated) {
    }

    /** A predecessor on a shortest walk: the node one ring nearer the start and the type of link from it. */
    private record Step(String node, String type) {
    }


    /** One side's search: distances from its start, predecessors, and the ring to expand next. */
    private static final class Search {
        final Map<String, Integer> distance = new HashMap<>();
        final Map<String, NodeSummary> nodes = new LinkedHashMap<>();
        final Map<String, List<Step>> before = new HashMap<>();
        List<String> frontier;
        int radius;

        Search(NodeSummary start) {
            distance.put(start.id(), 0);
            nodes.put(start.id(), start);
            frontier = List.of(start.id());
        }

        /** Every walk from the start to {@code node} along predecessors, start first, at most {@code limit}. */
        List<List<Step>> walks(String node, int limit) {
            if (distance.get(node) == 0) {
                List<List<Step>> none = new ArrayList<>();
                none.add(new ArrayList<>());
                return none;
            }
            List<List<Step>> walks = new ArrayList<>();
            for (Step step : before.get(node).stream().sorted(ORDER).toList()) {
                for (List<Step> walk : walks(step.node(), limit)) {
                    if (walks.size() == limit) {
                        return walks;
                    }
                    walk.add(step);
                    walks.add(walk);
                }
            }
            return walks;
        }
    }
}
