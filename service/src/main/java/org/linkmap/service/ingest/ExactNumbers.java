package org.linkmap.service.ingest;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * Reads a JSON number into a {@code Double} only when the double can hold it: {@code 1e400} would become
 * infinity and {@code 1e-400} would become 0.0 (a latitude on the equator), so both are refused, naming the
 * field. Anything else is read as Jackson reads a {@code Double}, with the reader's coercion rules.
 */
final class ExactNumbers extends StdScalarDeserializer<Double> {

    /** Refusal of a number the double cannot hold, so that the reader can say so rather than "wrong type". */
    static final class OutOfRange extends InvalidFormatException {
        OutOfRange(JsonParser parser, String message, String value) {
            super(parser, message, value, Double.class);
        }
    }

    private final NumberDeserializers.DoubleDeserializer plain = new NumberDeserializers.DoubleDeserializer(Double.class, null);

    ExactNumbers() {
        super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonToken token = parser.currentToken();
        if (token != JsonToken.VALUE_NUMBER_FLOAT && token != JsonToken.VALUE_NUMBER_INT) {
            return plain.deserialize(parser, context);
        }
        double value = parser.getDoubleValue();
        String text = parser.getText();
        if (Double.isInfinite(value)) {
            throw new OutOfRange(parser, "is too large to be a number here", text);
        }
        if (value == 0 && nonZeroMantissa(text)) {
            throw new OutOfRange(parser, "is too close to 0 to be told from 0", text);
        }
        return value;
    }

    private static boolean nonZeroMantissa(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
