package org.linkmap.service.network;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an export may carry. Links graded C (an originating agency attached conditions to sharing) are left out
 * unless the reader states the conditions are met; so are the nodes that were reached only through such links,
 * since even their presence in the file came from the conditional intelligence.
 */
final class Withholding {

    private Withholding() {
    }

    record Result(NetworkView network, int withheldLinks, int withheldNodes) {
    }

    static Result apply(NetworkView network, boolean conditionsMet) {
        if (conditionsMet) {
            return new Result(network, 0, 0);
        }
        List<Link> kept = network.edges().stream().filter(l -> !l.sharedWithConditions()).toList();
        Set<String> reachable = reachable(network.rootId(), kept);
        List<Link> shown = kept.stream().filter(l -> reachable.contains(l.source()) && reachable.contains(l.target())).toList();
        NetworkView withheld = new NetworkView(network.rootId(),
                network.nodes().stream().filter(n -> reachable.contains(n.id())).toList(), shown, network.truncated());
        return new Result(withheld, network.edges().size() - shown.size(), network.nodes().size() - withheld.nodes().size());
    }

    private static Set<String> reachable(String root, List<Link> links) {
        Map<String, List<String>> next = new HashMap<>();
        for (Link link : links) {
            next.computeIfAbsent(link.source(), k -> new java.util.ArrayList<>()).add(link.target());
            next.computeIfAbsent(link.target(), k -> new java.util.ArrayList<>()).add(link.source());
        }
        Set<String> seen = new HashSet<>(Set.of(root));
        Deque<String> queue = new ArrayDeque<>(List.of(root));
        while (!queue.isEmpty()) {
            for (String other : next.getOrDefault(queue.poll(), List.of())) {
                if (seen.add(other)) {
                    queue.add(other);
                }
            }
        }
        return seen;
    }
}
