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
import org.linkmap.service.entity.Disclosure;
import org.linkmap.service.entity.NodeSummary;
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

    private final Graph graph;
    private final Disclosure disclosure;
    private final int nodeLimit;

    NetworkExplorer(Graph graph, Disclosure disclosure, NetworkProperties properties) {
        this.graph = graph;
        this.disclosure = disclosure;
        this.nodeLimit = properties.nodeLimit();
    }

    /** A link as a network view shows it; {@code grading} is the 3x5x2 code such as "2B P". */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Edge(String id, String source, String target, String type, int agencies, List<String> sources, String role, String kind,
                String grading, List<String> conditions) {

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
            List<String> frontier = List.of(rootId);
            boolean truncated = false;
            for (int hop = 1; hop <= depth && !frontier.isEmpty() && !truncated; hop++) {
                List<String> found = tx.list("network/find-neighbours", Map.of("frontier", frontier, "types", LINK_TYPES,
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
                frontier = added.values().stream().filter(n -> disclosure.inScope(n.areas())).map(NodeSummary::id).toList();
            }
            List<String> all = List.copyOf(nodes.keySet());
            List<Edge> edges = tx.list("network/find-links-among", Map.of("ids", all, "types", LINK_TYPES),
                    r -> new Edge(r.get("id").asString(null), r.get("source").asString(), r.get("target").asString(),
                            r.get("type").asString(), r.get("agencies").asInt(0), r.get("sources").asList(v -> v.asString(), List.of()),
                            r.get("role").asString(null), r.get("kind").asString(null),
                            r.get("gradingSource").isNull() ? null : r.get("gradingSource").asInt() + r.get("intelligence").asString() + " " + r.get("handling").asString(),
                            r.get("conditions").asList(v -> v.asString(), List.of())));
            Set<String> open = new HashSet<>();
            nodes.values().stream().filter(n -> disclosure.inScope(n.areas())).forEach(n -> open.add(n.id()));
            List<Edge> shownEdges = edges.stream().filter(e -> open.contains(e.source()) || open.contains(e.target())).toList();
            return new Network(rootId, depth, nodes.values().stream().map(disclosure::show).toList(), shownEdges, truncated);
        });
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
