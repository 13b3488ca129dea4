package org.linkmap.geo;

import java.util.concurrent.CancellationException;

/**
 * Lets a long computation stop when whoever waits for it gives up: the loops that can run for seconds
 * (over every cell of a grid, or every point) call {@link #check(int)} as they go, which throws once the
 * thread has been interrupted. Checking the flag costs a few nanoseconds; it is read every 1,024 steps.
 */
public final class Cancellation {

    private static final int EVERY = 1_024;

    private Cancellation() {
    }

    /** @throws CancellationException when step {@code i} is a multiple of 1,024 and the thread is interrupted */
    public static void check(int i) {
        if ((i & (EVERY - 1)) == 0 && Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the computation was abandoned");
        }
    }
}
