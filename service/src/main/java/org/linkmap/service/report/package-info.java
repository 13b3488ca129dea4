/**
 * Reports for partnerships and boards built on the graph: the quarterly quantitative measures with their
 * data-quality indicators, computed over the reader's view.
 */
package org.linkmap.service.report;
