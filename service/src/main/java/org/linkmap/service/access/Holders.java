package org.linkmap.service.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.linkmap.service.area.Areas;
import org.linkmap.service.web.Forbidden;
import org.springframework.stereotype.Component;

/**
 * Who holds a node, for the placeholders and refusals that name whom to ask: the area a place or incident lies
 * in, else the areas of the cases that mention it, else the agencies that reported it; areas named as people
 * name them there.
 */
@Component
class Holders {

    private final Sources sources;
    private final Areas areas;

    Holders(Sources sources, Areas areas) {
        this.sources = sources;
        this.areas = areas;
    }

    /** The refusal of something outside the reader's view, naming who holds it (areas by name) and whom to ask. */
    Forbidden refusal(String what, List<String> holders) {
        return new Forbidden(what + " is held by " + named(holders) + ", outside your view; ask its MACE coordinator to share it.");
    }

    /** The placeholder for a node wholly outside the reader's view: its holders by code, and by name in its label. */
    NodeSummary placeholder(NodeSummary node) {
        List<String> held = of(node);
        return node.restrictedView(held, named(held));
    }

    /** The holders of a node partly in view that neither the reader's areas nor its sources in view account for. */
    List<String> knownTo(NodeSummary node, Collection<String> readerAreas, List<Source> visible) {
        Set<String> knownTo = new TreeSet<>(of(node));
        knownTo.removeAll(readerAreas);
        visible.forEach(s -> knownTo.removeAll(s.areas()));
        return List.copyOf(knownTo);
    }

    /** Holders as people name them: areas by name, agencies by code; "another agency" when none is known. */
    private String named(List<String> holders) {
        return holders.isEmpty() ? "another agency" : String.join(", ", holders.stream().map(areas::nameOf).toList());
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
