package org.linkmap.service.network;

import org.linkmap.service.entity.NodeSummary;

/** One link seen from a node being expanded ({@code nearId}) to the node at its other end. */
record LinkRow(String nearId, NodeSummary far, Link link) {
}
