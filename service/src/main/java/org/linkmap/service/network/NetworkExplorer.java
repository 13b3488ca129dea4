package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
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
    private final int nodeLimit;

    NetworkExplorer(Graph graph, NetworkProperties properties) {
        this.graph = graph;
        this.nodeLimit = properties.nodeLimit();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Edge(String id, String source, String target, String type, int agencies, List<String> sources, String role, String kind) {
    }

    record Network(String rootId, int depth, List<NodeSummary> nodes, List<Edge> edges, boolean truncated) {
    }

    Network explore(String rootId, int depth, Collection<EntityKind> kinds) {
        List<String> labels = kinds.stream().map(EntityKind::label).toList();
        return graph.read(tx -> {
            Set<String> ids = new LinkedHashSet<>(List.of(rootId));
            List<String> frontier = List.of(rootId);
            boolean truncated = false;
            for (int hop = 1; hop <= depth && !frontier.isEmpty() && !truncated; hop++) {
                List<String> found = tx.list("network/find-neighbours", Map.of("frontier", frontier, "types", LINK_TYPES,
                        "labels", labels, "limit", nodeLimit + ids.size() + 1), r -> r.get("id").asString());
                List<String> next = new ArrayList<>();
                for (String id : found) {
                    if (ids.contains(id)) {
                        continue;
                    }
                    if (ids.size() >= nodeLimit) {
                        truncated = true;
                        break;
                    }
                    ids.add(id);
                    next.add(id);
                }
                frontier = next;
            }
            List<String> all = List.copyOf(ids);
            List<NodeSummary> nodes = tx.list("network/find-nodes", Map.of("ids", all),
                    r -> NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties")));
            if (nodes.stream().noneMatch(n -> n.id().equals(rootId))) {
                throw new NotFound("No entity " + rootId + ".");
            }
            List<Edge> edges = tx.list("network/find-links-among", Map.of("ids", all, "types", LINK_TYPES),
                    r -> new Edge(r.get("id").asString(null), r.get("source").asString(), r.get("target").asString(),
                            r.get("type").asString(), r.get("agencies").asInt(0), r.get("sources").asList(v -> v.asString(), List.of()),
                            r.get("role").asString(null), r.get("kind").asString(null)));
            return new Network(rootId, depth, nodes, edges, truncated);
        });
    }
}
