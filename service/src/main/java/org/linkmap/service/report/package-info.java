/**
 * Reports for partnerships and boards built on the graph: the quarterly quantitative measures with their
 * data-quality indicators, the weekly risk document and an area's problem profile, each computed over the reader's view.
 */
package org.linkmap.service.report;
