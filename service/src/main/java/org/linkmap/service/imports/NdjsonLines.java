package org.linkmap.service.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.linkmap.service.web.InvalidRequest;

/**
 * NDJSON: each non-blank line is one submission; blank lines are skipped but counted. The file is split into
 * lines as bytes and each line decoded on its own, so a line that is not valid UTF-8 is refused by itself, naming
 * the byte, while the lines around it are imported: one damaged line does not cost the whole file, and nothing
 * is silently replaced.
 */
final class NdjsonLines implements ImportLines {

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private long number;
    private ImportLine next;

    NdjsonLines(InputStream in) {
        this.in = in;
        advance();
    }

    private void advance() {
        try {
            next = null;
            while (next == null && readLine()) {
                number++;
                next = decode(number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads up to the next newline into {@code bytes}, without it or a carriage return before it; false at the end. */
    private boolean readLine() throws IOException {
        bytes.reset();
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            bytes.write(buffer, start, position - start);
            if (position < limit) {
                position++;
                return true;
            }
        }
    }

    /** The line as a submission, or as a refusal when it is not UTF-8; null when it is blank. */
    private ImportLine decode(long lineNumber) {
        byte[] line = bytes.toByteArray();
        int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
        ByteBuffer input = ByteBuffer.wrap(line, 0, length);
        CharBuffer output = CharBuffer.allocate(length);
        utf8.reset();
        CoderResult result = utf8.decode(input, output, true);
        if (result.isError()) {
            return ImportLine.unreadable(lineNumber, new InvalidRequest("body",
                    "is not valid UTF-8 at byte " + (input.position() + 1) + " of the line: send the file encoded as UTF-8"));
        }
        utf8.flush(output);
        String text = output.flip().toString();
        return text.isBlank() ? null : ImportLine.asIs(lineNumber, text);
    }

    @Override
    public boolean hasNext() {
        return next != null;
    }

    @Override
    public ImportLine next() {
        ImportLine line = next;
        advance();
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
