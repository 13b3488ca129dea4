package org.linkmap.service.web;

/** The request contradicts what the service already holds; answered 409. */
public class Conflict extends RuntimeException {

    public Conflict(String detail) {
        super(detail);
    }
}
