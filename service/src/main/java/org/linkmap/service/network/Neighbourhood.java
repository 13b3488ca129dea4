package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.NotFound;
import org.springframework.stereotype.Component;

/**
 * The neighbourhood of one or more entities, breadth first to a depth, one query per hop in one read
 * transaction. After the last hop the last ring's links are read once more, keeping those among nodes already
 * found, so links between nodes of the outer ring are shown too. Only links the filter keeps and the reader
 * sees are followed; a node outside the reader's scope is shown but not expanded. Stops adding nodes at the
 * limit and says {@code truncated}.
 */
@Component
class Neighbourhood {

    private final Graph graph;
    private final LinkReader reader;
    private final NetworkAccess access;

    Neighbourhood(Graph graph, LinkReader reader, NetworkAccess access) {
        this.graph = graph;
        this.reader = reader;
        this.access = access;
    }

    /** The network around {@code rootId}, shown as the reader may see it. */
    NetworkView around(String rootId, int depth, NetworkFilter filter, int nodeLimit) {
        return graph.read(tx -> {
            Subgraph found = expand(tx, List.of(rootId), depth, filter, nodeLimit);
            return new NetworkView(found.nodes().get(0).id(), found.nodes().stream().map(access::show).toList(), found.links(),
                    found.truncated());
        });
    }

    /** The raw subgraph (nodes not yet shown) around the roots, within one transaction. */
    Subgraph expand(Graph.Tx tx, List<String> rootIds, int depth, NetworkFilter filter, int nodeLimit) {
        Map<String, NodeSummary> nodes = new LinkedHashMap<>();
        for (String rootId : rootIds) {
            NodeSummary root = find(tx, rootId);
            access.checkCanOpen(root);
            nodes.putIfAbsent(root.id(), root);
        }
        LinkSet links = new LinkSet();
        List<String> frontier = new ArrayList<>(nodes.keySet());
        Set<String> expanded = new HashSet<>();
        boolean truncated = false;
        for (int hop = 1; hop <= depth + 1 && !frontier.isEmpty(); hop++) {
            List<String> next = new ArrayList<>();
            // The ring past the last is read only for the links among nodes already found, and of those only the links
            // to nodes not expanded yet: every link of an expanded node has been read already.
            List<LinkRow> rows = hop <= depth ? reader.links(tx, frontier, filter)
                    : reader.links(tx, frontier, nodes.keySet().stream().filter(id -> !expanded.contains(id)).toList(), filter);
            expanded.addAll(frontier);
            for (LinkRow row : rows) {
                String far = row.far().id();
                if (nodes.containsKey(far)) {
                    links.add(row.link());
                } else if (hop <= depth) {
                    if (nodes.size() >= nodeLimit) {
                        truncated = true;
                        continue;
                    }
                    nodes.put(far, row.far());
                    links.add(row.link());
                    if (!row.restricted() && access.expands(row.far())) {
                        next.add(far);
                    }
                }
            }
            frontier = next;
        }
        return new Subgraph(List.copyOf(nodes.values()), links.all(), truncated);
    }

    /** The entity, as its survivor where it was merged; 404 when there is none. */
    static NodeSummary find(Graph.Tx tx, String id) {
        return tx.optional("network/find-entity", Map.of("id", id),
                        r -> NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties")))
                .orElseThrow(() -> new NotFound("No entity " + id + "."));
    }

    /** Nodes and links before they are shown to the reader. */
    record Subgraph(List<NodeSummary> nodes, List<Link> links, boolean truncated) {

        /** Without restricted links and the placeholders only they reached: what may be counted and measured. */
        Subgraph inView(java.util.Collection<String> roots) {
            List<Link> kept = links.stream().filter(l -> !Boolean.TRUE.equals(l.restricted())).toList();
            Set<String> touched = new HashSet<>(roots);
            kept.forEach(l -> {
                touched.add(l.source());
                touched.add(l.target());
            });
            return new Subgraph(nodes.stream().filter(n -> touched.contains(n.id())).toList(), kept, truncated);
        }
    }
}
