package org.linkmap.service.network;

import org.linkmap.service.access.NodeSummary;

/** One link seen from a node being expanded ({@code nearId}) to the node at its other end. */
record LinkRow(String nearId, NodeSummary far, Link link) {
}
