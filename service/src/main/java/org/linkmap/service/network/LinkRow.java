package org.linkmap.service.network;

import org.linkmap.service.access.NodeSummary;

/**
 * One link seen from a node being expanded ({@code nearId}) to the node at its other end. A {@code restricted} row
 * is a link out of the reader's view to a node held elsewhere: drawn so a cross-border connection shows, never
 * followed, counted or measured.
 */
record LinkRow(String nearId, NodeSummary far, Link link, boolean restricted) {

    LinkRow(String nearId, NodeSummary far, Link link) {
        this(nearId, far, link, false);
    }
}
