package org.linkmap.service.imports;

import java.util.List;

import org.linkmap.service.imports.ImportReport.LineError;

/**
 * Lines read and validated, ready to commit: the valid ones, and those rejected on the way; or the failure that
 * stopped the reading. The last chunk of a file says so.
 *
 * @param lines how many lines of the file it covers
 */
record ImportChunk(long lines, List<PendingLine> valid, List<LineError> rejected, boolean last, RuntimeException failure) {

    static ImportChunk failed(RuntimeException failure) {
        return new ImportChunk(0, List.of(), List.of(), true, failure);
    }
}
