package org.linkmap.service.web;

/** The caller's role or scope does not cover this request; answered 403. */
public class Forbidden extends RuntimeException {

    public Forbidden(String detail) {
        super(detail);
    }
}
