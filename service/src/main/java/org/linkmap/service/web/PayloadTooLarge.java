package org.linkmap.service.web;

import java.io.IOException;

/** A request body over the configured limit; answered 413. */
public class PayloadTooLarge extends IOException {

    public PayloadTooLarge(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes.");
    }
}
