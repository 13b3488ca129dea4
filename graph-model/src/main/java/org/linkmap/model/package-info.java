/**
 * The Linkmap vocabulary: the kinds of node and link in the graph, the roles people play,
 * and the police 3x5x2 intelligence grading. Plain Java, shared by every other module.
 */
package org.linkmap.model;
