package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.linkmap.model.EntityKind;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.network.measure.Measures;
import org.linkmap.service.network.measure.NodeMeasures;

/**
 * Key players for disruption: the nodes a tasking could target, ranked by betweenness (brokers first) and then
 * degree, each with the reason in words. Children are never listed (a child is a victim, never a target), nor are
 * incidents or nodes the reader may not open.
 */
final class KeyPlayers {

    static final int MAX = 10;
    private static final Set<EntityKind> OBJECTS = Set.of(EntityKind.PHONE, EntityKind.VEHICLE, EntityKind.ONLINE_ACCOUNT);

    private KeyPlayers() {
    }

    record KeyPlayer(String id, String label, String kind, double betweenness, int degree, String reason) {
    }

    static List<KeyPlayer> rank(Measures measures, Neighbourhood.Subgraph subgraph, Map<String, NodeSummary> shown) {
        Map<String, List<String>> neighbours = new HashMap<>();
        for (Link link : subgraph.links()) {
            neighbours.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link.target());
            neighbours.computeIfAbsent(link.target(), k -> new ArrayList<>()).add(link.source());
        }
        Map<String, Integer> community = new HashMap<>();
        measures.nodes().forEach(m -> community.put(m.id(), m.community()));
        List<KeyPlayer> players = new ArrayList<>();
        measures.nodes().stream()
                .filter(m -> m.degree() > 0 && eligible(shown.get(m.id())))
                .sorted(Comparator.comparingDouble(NodeMeasures::betweenness).reversed()
                        .thenComparing(Comparator.comparingInt(NodeMeasures::degree).reversed())
                        .thenComparing(m -> shown.get(m.id()).label()))
                .limit(MAX)
                .forEach(m -> players.add(new KeyPlayer(m.id(), shown.get(m.id()).label(), String.valueOf(shown.get(m.id()).kind()),
                        m.betweenness(), m.degree(), reason(m, neighbours, community, shown))));
        return players;
    }

    private static boolean eligible(NodeSummary node) {
        return node != null && !Boolean.TRUE.equals(node.child()) && !Boolean.TRUE.equals(node.restricted())
                && node.kind() != EntityKind.INCIDENT;
    }

    /** For example "Connects Promenade group to 3 children through 2 phones; bridges 2 communities; 6 direct links". */
    static String reason(NodeMeasures m, Map<String, List<String>> neighbours, Map<String, Integer> community,
                         Map<String, NodeSummary> shown) {
        List<String> near = neighbours.getOrDefault(m.id(), List.of());
        Set<String> networks = new TreeSet<>();
        Set<String> children = new TreeSet<>();
        Set<String> throughObjects = new TreeSet<>();
        Map<EntityKind, Set<String>> objects = new HashMap<>();
        Set<Integer> communities = new TreeSet<>();
        for (String id : near) {
            NodeSummary node = shown.get(id);
            communities.add(community.get(id));
            if (node.kind() == EntityKind.NETWORK) {
                networks.add(node.label());
            } else if (Boolean.TRUE.equals(node.child())) {
                children.add(id);
            } else if (OBJECTS.contains(node.kind())) {
                for (String far : neighbours.getOrDefault(id, List.of())) {
                    if (Boolean.TRUE.equals(shown.get(far).child())) {
                        throughObjects.add(far);
                        objects.computeIfAbsent(node.kind(), k -> new TreeSet<>()).add(id);
                    }
                }
            }
        }
        List<String> parts = new ArrayList<>();
        int reached = children.size() + (int) throughObjects.stream().filter(c -> !children.contains(c)).count();
        if (reached > 0) {
            String who = networks.isEmpty() ? "Connects" : "Connects " + String.join(" and ", networks);
            String through = objects.isEmpty() ? "" : " through " + objectWords(objects);
            parts.add(who + " to " + count(reached, "child", "children") + through);
        } else if (!networks.isEmpty()) {
            parts.add("Member of " + String.join(" and ", networks));
        }
        communities.remove(m.community());
        if (!communities.isEmpty()) {
            parts.add("bridges " + count(communities.size() + 1, "community", "communities"));
        }
        parts.add(String.format(java.util.Locale.ROOT, "on %.0f%% of shortest paths", m.betweenness() * 100));
        parts.add(count(m.degree(), "direct link", "direct links"));
        String sentence = String.join("; ", parts);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String objectWords(Map<EntityKind, Set<String>> objects) {
        List<String> words = new ArrayList<>();
        for (EntityKind kind : List.of(EntityKind.PHONE, EntityKind.VEHICLE, EntityKind.ONLINE_ACCOUNT)) {
            int n = objects.getOrDefault(kind, Set.of()).size();
            if (n > 0) {
                String noun = kind == EntityKind.ONLINE_ACCOUNT ? "online account" : kind.name().toLowerCase(java.util.Locale.ROOT);
                words.add(count(n, noun, noun + "s"));
            }
        }
        return String.join(" and ", words);
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
