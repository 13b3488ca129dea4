package org.linkmap.service.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.linkmap.service.area.Areas;
import org.springframework.stereotype.Component;

/**
 * Who holds a node, for the placeholders and refusals that name whom to ask: the area a place or incident lies
 * in, else the areas of the cases that mention it, else the agencies that reported it.
 */
@Component
class Holders {

    private final Sources sources;
    private final Areas areas;

    Holders(Sources sources, Areas areas) {
        this.sources = sources;
        this.areas = areas;
    }

    /** Holders as people name them: areas by name, agencies by code. */
    List<String> named(List<String> holders) {
        return holders.stream().map(areas::nameOf).toList();
    }

    List<String> of(NodeSummary node) {
        if (node.hasPoint()) {
            Optional<String> placedIn = areas.areaOf(node.longitude(), node.latitude());
            if (placedIn.isPresent()) {
                return List.of(placedIn.get());
            }
        }
        Set<String> held = new TreeSet<>(node.areas());
        if (held.isEmpty()) {
            sources.find(node.sources()).forEach(s -> {
                if (s.agency() != null) {
                    held.add(s.agency());
                }
            });
        }
        return List.copyOf(held);
    }
}
