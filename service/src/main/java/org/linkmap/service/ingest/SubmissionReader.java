package org.linkmap.service.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.linkmap.model.submission.FieldError;
import org.linkmap.model.submission.SubmissionRequest;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.Problems;
import org.linkmap.service.web.StrictJson;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a submission's JSON strictly: a field the format does not have is an error (a misspelt
 * {@code latitude} must not be silently dropped), and so is a value of the wrong type, a key given twice, a
 * number a double cannot hold ({@code 1e-400} is not 0) and bytes that are not UTF-8; each names the field.
 */
@Component
class SubmissionReader {

    private final ObjectReader reader;
    private final ObjectMapper json;

    SubmissionReader(ObjectMapper json) {
        this.json = json;
        // No quiet conversions either, and a submission's booleans are not text or numbers.
        ObjectMapper strict = StrictJson.withoutQuietConversions(json);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.registerModule(new SimpleModule("exact-numbers").addDeserializer(Double.class, new ExactNumbers()));
        // A repeated key would let the stored body say one thing and the record another ("agency" twice).
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.reader = strict.readerFor(SubmissionRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    /**
     * The body as text, refusing bytes that are not UTF-8 (JSON's only encoding) instead of replacing them,
     * so that what is stored is what was sent.
     */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidRequest("body", "is not valid UTF-8");
        }
    }

    SubmissionRequest read(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("body", "is required");
        }
        try {
            SubmissionRequest request = reader.readValue(body);
            if (request == null) {
                throw new InvalidRequest("body", "must be a JSON object");
            }
            return request;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidRequest(List.of(new FieldError(Problems.path(e), "is not a field of the submission format")));
        } catch (ExactNumbers.OutOfRange e) {
            throw new InvalidRequest(List.of(new FieldError(Problems.path(e), e.getOriginalMessage())));
        } catch (JsonParseException e) {
            JsonParser parser = e.getProcessor();
            if (parser != null && String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
                throw new InvalidRequest(List.of(new FieldError(path(parser.getParsingContext().pathAsPointer()), "is given twice")));
            }
            throw new InvalidRequest("body", "must be well-formed JSON");
        } catch (JsonMappingException e) {
            throw new InvalidRequest(List.of(new FieldError(Problems.path(e), "has the wrong type or shape")));
        } catch (JsonProcessingException e) {
            throw new InvalidRequest("body", "must be well-formed JSON");
        }
    }

    /**
     * A hash of what the submission says, independent of whitespace and key order in the JSON received:
     * the request is written back out in the format's own field order before hashing.
     */
    String contentHash(SubmissionRequest request) {
        try {
            byte[] canonical = json.writeValueAsBytes(request);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON pointer ({@code /entities/0/name}) in the contract's notation ({@code entities[0].name}). */
    private static String path(JsonPointer pointer) {
        StringBuilder path = new StringBuilder();
        for (JsonPointer step = pointer; step != null && !step.matches(); step = step.tail()) {
            if (step.mayMatchElement()) {
                path.append('[').append(step.getMatchingIndex()).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(step.getMatchingProperty());
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
