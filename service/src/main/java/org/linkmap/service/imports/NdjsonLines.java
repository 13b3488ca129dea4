package org.linkmap.service.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** NDJSON: each non-blank line is one submission; blank lines are skipped but counted. */
final class NdjsonLines implements Iterator<ImportLine> {

    private final BufferedReader reader;
    private long number;
    private String next;

    NdjsonLines(BufferedReader reader) {
        this.reader = reader;
        advance();
    }

    private void advance() {
        try {
            do {
                next = reader.readLine();
                number++;
            } while (next != null && next.isBlank());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public ImportLine next() {
        ImportLine line = ImportLine.asIs(number, next);
        advance();
        return line;
    }
}
