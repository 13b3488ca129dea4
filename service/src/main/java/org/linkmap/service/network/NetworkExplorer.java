package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.identity.Identities;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.NotFound;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Expands the network around one entity breadth first, one query per hop in one read transaction, and
 * then fetches every link among the nodes found, so links between nodes of the last hop are shown too.
 * Stops at the node limit and says so.
 */
@Component
class NetworkExplorer {

    private static final List<String> LINK_TYPES = Arrays.stream(LinkType.values()).map(Enum::name).toList();
    /** Traversal also crosses confirmed merges, so a merged record's links are reached through its survivor. */
    private static final List<String> TRAVERSED = java.util.stream.Stream.concat(LINK_TYPES.stream(), java.util.stream.Stream.of("MERGED_INTO")).toList();

    private final Graph graph;
    private final Disclosure disclosure;
    private final Identities identities;
    private final int nodeLimit;

    NetworkExplorer(Graph graph, Disclosure disclosure, Identities identities, NetworkProperties properties) {
        this.graph = graph;
        this.disclosure = disclosure;
        this.identities = identities;
        this.nodeLimit = properties.nodeLimit();
    }

    /** A link as a network view shows it; {@code grading} is the 3x5x2 code such as "2B P". */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Edge(String id, String source, String target, String type, int agencies, List<String> sources, String role, String kind,
                String grading, List<String> conditions, Boolean restricted) {

        Edge(String id, String source, String target, String type, int agencies, List<String> sources, String role, String kind,
             String grading, List<String> conditions) {
            this(id, source, target, type, agencies, sources, role, kind, grading, conditions, null);
        }

        /** A link another area reported, to a node it holds: that it exists and whose it is, not what it says. */
        Edge restrictedView() {
            return new Edge(id, source, target, "RESTRICTED", 0, List.of(), null, null, null, List.of(), true);
        }

        Edge withSources(List<String> visible, int visibleAgencies) {
            return new Edge(id, source, target, type, visibleAgencies, visible, role, kind, grading, conditions);
        }

        boolean sharedWithConditions() {
            return grading != null && grading.endsWith("C");
        }
    }

    record Network(String rootId, int depth, List<NodeSummary> nodes, List<Edge> edges, boolean truncated) {
    }

    int nodeLimit() {
        return nodeLimit;
    }

    Network explore(String rootId, int depth, Collection<EntityKind> kinds) {
        return explore(rootId, depth, kinds, nodeLimit);
    }

    /** @param nodeLimit the most nodes to return, at most the configured limit */
    Network explore(String rootId, int depth, Collection<EntityKind> kinds, int nodeLimit) {
        List<String> labels = kinds.stream().map(EntityKind::label).toList();
        return graph.read(tx -> {
            Map<String, NodeSummary> nodes = new LinkedHashMap<>();
            nodes.putAll(find(tx, List.of(rootId)));
            if (!nodes.containsKey(rootId)) {
                throw new NotFound("No entity " + rootId + ".");
            }
            disclosure.checkCanOpen(nodes.get(rootId));
            List<String> frontier = withMergePartners(tx, nodes, List.of(rootId));
            boolean truncated = false;
            for (int hop = 1; hop <= depth && !frontier.isEmpty() && !truncated; hop++) {
                List<String> found = tx.list("network/find-neighbours", Map.of("frontier", frontier, "types", TRAVERSED,
                        "labels", labels, "limit", nodeLimit + nodes.size() + 1), r -> r.get("id").asString());
                List<String> fresh = new ArrayList<>();
                for (String id : found) {
                    if (nodes.containsKey(id) || fresh.contains(id)) {
                        continue;
                    }
                    if (nodes.size() + fresh.size() >= nodeLimit) {
                        truncated = true;
                        break;
                    }
                    fresh.add(id);
                }
                Map<String, NodeSummary> added = find(tx, fresh);
                nodes.putAll(added);
                // Another area's node is shown but never expanded: its links are that area's detail.
                frontier = withMergePartners(tx, nodes,
                        added.values().stream().filter(disclosure::inScope).map(NodeSummary::id).toList());
            }
            List<String> all = List.copyOf(nodes.keySet());
            List<Edge> edges = tx.list("network/find-links-among", Map.of("ids", all, "types", LINK_TYPES),
                    r -> new Edge(r.get("id").asString(null), r.get("source").asString(), r.get("target").asString(),
                            r.get("type").asString(), r.get("agencies").asInt(0), r.get("sources").asList(v -> v.asString(), List.of()),
                            r.get("role").asString(null), r.get("kind").asString(null),
                            r.get("gradingSource").isNull() ? null : r.get("gradingSource").asInt() + r.get("intelligence").asString() + " " + r.get("handling").asString(),
                            r.get("conditions").asList(v -> v.asString(), List.of())));
            Map<String, String> survivors = identities.mergedInto(tx, all);
            survivors.values().removeIf(survivor -> !nodes.containsKey(survivor));
            survivors.keySet().forEach(nodes::remove);
            edges = foldMerged(edges, survivors);
            Set<String> open = new HashSet<>();
            nodes.values().stream().filter(disclosure::inScope).forEach(n -> open.add(n.id()));
            // Links in the reader's view are drawn as they are. A link out of view to a node held elsewhere is drawn
            // as restricted, so a cross-border connection shows without its content; one out of view between two
            // nodes the reader knows is not drawn, since that alone would be another area's fact.
            List<Edge> shownEdges = new ArrayList<>();
            for (Edge e : edges) {
                boolean sourceOpen = open.contains(e.source());
                boolean targetOpen = open.contains(e.target());
                if (disclosure.seesLink(e.sources()) && (sourceOpen || targetOpen)) {
                    shownEdges.add(e.withSources(disclosure.visibleSources(e.sources()), disclosure.agenciesOf(e.sources()).size()));
                } else if (sourceOpen != targetOpen) {
                    shownEdges.add(e.restrictedView());
                }
            }
            String root = survivors.getOrDefault(rootId, rootId);
            Set<String> reached = new HashSet<>(Set.of(root));
            shownEdges.forEach(e -> {
                reached.add(e.source());
                reached.add(e.target());
            });
            return new Network(root, depth, nodes.values().stream().filter(n -> reached.contains(n.id())).map(disclosure::show).toList(),
                    shownEdges, truncated);
        });
    }

    /** The ids and, added to {@code nodes}, the records merged with them: one person is one node, at one hop. */
    private List<String> withMergePartners(Graph.Tx tx, Map<String, NodeSummary> nodes, List<String> ids) {
        List<String> partners = identities.mergePartners(tx, ids).stream().filter(id -> !nodes.containsKey(id)).toList();
        if (partners.isEmpty()) {
            return ids;
        }
        nodes.putAll(find(tx, partners));
        List<String> all = new ArrayList<>(ids);
        all.addAll(partners);
        return all;
    }

    /**
     * Links of merged records drawn from their survivor; where the survivor already has the same link to the
     * same node, the two are shown as one with the sources of both.
     */
    private static List<Edge> foldMerged(List<Edge> edges, Map<String, String> survivors) {
        Map<String, Edge> folded = new LinkedHashMap<>();
        for (Edge edge : edges) {
            String source = survivors.getOrDefault(edge.source(), edge.source());
            String target = survivors.getOrDefault(edge.target(), edge.target());
            if (source.equals(target)) {
                continue;
            }
            Edge moved = new Edge(edge.id(), source, target, edge.type(), edge.agencies(), edge.sources(), edge.role(), edge.kind(),
                    edge.grading(), edge.conditions());
            folded.merge(source + ">" + edge.type() + ">" + target, moved, (a, b) -> {
                List<String> sources = new ArrayList<>(a.sources());
                b.sources().stream().filter(s -> !sources.contains(s)).forEach(sources::add);
                return new Edge(a.id(), a.source(), a.target(), a.type(), Math.max(a.agencies(), b.agencies()), sources,
                        a.role(), a.kind(), a.grading(), a.conditions());
            });
        }
        return new ArrayList<>(folded.values());
    }

    private static Map<String, NodeSummary> find(Graph.Tx tx, List<String> ids) {
        Map<String, NodeSummary> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        tx.list("network/find-nodes", Map.of("ids", ids), r -> NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties")))
                .forEach(n -> found.put(n.id(), n));
        return found;
    }
}
