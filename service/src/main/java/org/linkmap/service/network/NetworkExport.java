package org.linkmap.service.network;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.linkmap.service.access.NodeSummary;

/**
 * A network view written for the tools analysts already use: GraphML (Gephi, yEd, NetworkX) or CSV (one row
 * per link with both ends). Labels are written as the reader may see them: pseudonyms and restricted
 * placeholders stay so in the file.
 */
final class NetworkExport {

    private NetworkExport() {
    }

    static String csv(NetworkExplorer.Network network) {
        Map<String, NodeSummary> nodes = network.nodes().stream().collect(Collectors.toMap(NodeSummary::id, n -> n));
        StringBuilder out = new StringBuilder("source_id,source_kind,source_label,type,target_id,target_kind,target_label,agencies,grading,sources\r\n");
        for (NetworkExplorer.Edge edge : network.edges()) {
            NodeSummary a = nodes.get(edge.source());
            NodeSummary b = nodes.get(edge.target());
            out.append(String.join(",", cell(edge.source()), cell(a.kind().name()), cell(a.label()), cell(edge.type()),
                    cell(edge.target()), cell(b.kind().name()), cell(b.label()), String.valueOf(edge.agencies()),
                    cell(edge.grading()), cell(String.join(" ", edge.sources())))).append("\r\n");
        }
        return out.toString();
    }

    static String graphml(NetworkExplorer.Network network) {
        StringBuilder out = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
                  <key id="label" for="node" attr.name="label" attr.type="string"/>
                  <key id="type" for="edge" attr.name="type" attr.type="string"/>
                  <key id="agencies" for="edge" attr.name="agencies" attr.type="int"/>
                  <key id="grading" for="edge" attr.name="grading" attr.type="string"/>
                  <graph id="linkmap" edgedefault="directed">
                """);
        for (NodeSummary node : network.nodes()) {
            out.append("    <node id=\"").append(xml(node.id())).append("\"><data key=\"kind\">").append(node.kind())
                    .append("</data><data key=\"label\">").append(xml(node.label())).append("</data></node>\n");
        }
        for (NetworkExplorer.Edge edge : network.edges()) {
            out.append("    <edge source=\"").append(xml(edge.source())).append("\" target=\"").append(xml(edge.target()))
                    .append("\"><data key=\"type\">").append(edge.type()).append("</data><data key=\"agencies\">")
                    .append(edge.agencies()).append("</data><data key=\"grading\">").append(xml(edge.grading()))
                    .append("</data></edge>\n");
        }
        return out.append("  </graph>\n</graphml>\n").toString();
    }

    /** A CSV cell, quoted when needed; a leading formula character is defused so a spreadsheet shows it as text. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static String xml(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * The network without the links graded C, for an export whose reader has not stated the conditions are met,
     * and without the nodes only those links reached: what is left is what the root still connects to.
     */
    static NetworkExplorer.Network withoutConditionalLinks(NetworkExplorer.Network network) {
        List<NetworkExplorer.Edge> kept = network.edges().stream().filter(e -> !e.sharedWithConditions()).toList();
        java.util.Map<String, List<String>> adjacent = new java.util.HashMap<>();
        kept.forEach(e -> {
            adjacent.computeIfAbsent(e.source(), k -> new java.util.ArrayList<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new java.util.ArrayList<>()).add(e.source());
        });
        java.util.Set<String> reached = new java.util.HashSet<>(java.util.Set.of(network.rootId()));
        java.util.Deque<String> queue = new java.util.ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            adjacent.getOrDefault(queue.poll(), List.of()).stream().filter(reached::add).forEach(queue::add);
        }
        List<NodeSummary> nodes = network.nodes().stream().filter(n -> reached.contains(n.id())).toList();
        List<NetworkExplorer.Edge> edges = kept.stream().filter(e -> reached.contains(e.source())).toList();
        return new NetworkExplorer.Network(network.rootId(), network.depth(), nodes, edges, network.truncated());
    }
}
