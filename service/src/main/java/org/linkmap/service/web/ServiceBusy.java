package org.linkmap.service.web;

import java.time.Duration;

/** The service cannot take this request now; answered 503 with {@code Retry-After}. */
public class ServiceBusy extends RuntimeException {

    private final transient Duration retryAfter;

    public ServiceBusy(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
