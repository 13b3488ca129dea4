package org.linkmap.model.submission;

/** One invalid field of a request, named by its JSON path (for example {@code entities[0].lat}). */
public record FieldError(String field, String message) {
}
