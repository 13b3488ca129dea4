package org.linkmap.service.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.linkmap.model.submission.FieldError;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.LogicalType;

/**
 * Reads a request body into its record strictly, as submissions are read: a field the request does not have
 * is an error (a misspelt field must not be dropped silently), and so is a value of the wrong type (7 is not
 * the text "7", "2" is not the number 2, 1.5 is not 1), and so is a key given twice (which value would count?).
 * Every error names the field.
 */
@Component
public class StrictJson {

    /** Jackson's words for a key given twice in one object. */
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate field '([^']*)'");

    private final ObjectMapper strict;

    StrictJson(ObjectMapper json) {
        ObjectMapper copy = withoutQuietConversions(json);
        copy.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        copy.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        copy.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        this.strict = copy;
    }

    /**
     * A copy of {@code json} that converts no value into another type: 7 is not the text "7", "2" is not the number
     * 2, 1.5 is not 1, and a number or boolean is not text. What each reader refuses besides is its own.
     */
    public static ObjectMapper withoutQuietConversions(ObjectMapper json) {
        ObjectMapper copy = json.copy();
        copy.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        copy.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        copy.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        return copy;
    }

    public <T> T read(String body, Class<T> type) {
        if (body == null || body.isBlank()) {
            throw new InvalidRequest("body", "is required");
        }
        try {
            T value = strict.readValue(body, type);
            if (value == null) {
                throw new InvalidRequest("body", "must be a JSON object");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidRequest(List.of(new FieldError(Problems.path(e), "is not a field of this request")));
        } catch (JsonMappingException e) {
            throw new InvalidRequest(List.of(new FieldError(Problems.path(e), "has the wrong type or shape")));
        } catch (JsonProcessingException e) {
            Matcher twice = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
            throw twice.find() ? new InvalidRequest(twice.group(1), "is given twice")
                    : new InvalidRequest("body", "must be well-formed JSON");
        }
    }
}
