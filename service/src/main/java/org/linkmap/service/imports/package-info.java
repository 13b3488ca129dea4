/**
 * Bulk import: a file of submissions (NDJSON, or the flat incident CSV layout) streamed from a spooled copy,
 * validated line by line on a reader thread, committed in batches with the import's progress, and reported line by
 * line; the import's state lives in the graph so any instance can report it.
 */
package org.linkmap.service.imports;
