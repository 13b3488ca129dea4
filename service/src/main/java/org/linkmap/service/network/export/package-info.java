/**
 * A network written for the tools analysts already use: GraphML (NetworkX, Gephi, yEd), i2 Analyst's
 * Notebook's chart exchange XML (ANX), and CSV of nodes and links. XML is written with StAX, never by joining
 * strings; every string passes through the caller's redaction before it is written.
 */
package org.linkmap.service.network.export;
