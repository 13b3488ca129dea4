package org.linkmap.service.web;

import java.util.List;

import org.linkmap.model.submission.FieldError;

/** A request that breaks the contract; answered 400 with every invalid field named. */
public class InvalidRequest extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super("invalid request: " + errors.size() + " field(s)");
        this.errors = List.copyOf(errors);
    }

    public InvalidRequest(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
