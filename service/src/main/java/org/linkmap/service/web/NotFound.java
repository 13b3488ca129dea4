package org.linkmap.service.web;

/** A resource the request names does not exist (or the caller may not know it does); answered 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what);
    }
}
