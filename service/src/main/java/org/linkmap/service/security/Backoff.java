package org.linkmap.service.security;

import java.time.Duration;
import java.time.Instant;

/**
 * Failures counted against one key (an address, a name, or both) and when the next attempt may be checked.
 * Past {@code free} failures the wait doubles with every failure, from {@code first} up to {@code max}.
 * Immutable: the throttle replaces it atomically.
 *
 * @param failures    failures since the last success (or since the entry was forgotten)
 * @param notBefore   the earliest time the next attempt is checked; null while failures are free
 * @param lastFailure when the last failure happened, to forget idle entries
 */
record Backoff(int failures, Instant notBefore, Instant lastFailure) {

    static Backoff first(Instant now, int free, Duration first, Duration max) {
        return new Backoff(0, null, now).failed(now, free, first, max);
    }

    Backoff failed(Instant now, int free, Duration first, Duration max) {
        int count = failures + 1;
        if (count <= free) {
            return new Backoff(count, null, now);
        }
        return new Backoff(count, now.plus(delay(count - free, first, max)), now);
    }

    /** The wait after the {@code excess}-th failure past the free ones: first, 2 × first, 4 × first ... capped. */
    static Duration delay(int excess, Duration first, Duration max) {
        long millis = first.toMillis();
        for (int k = 1; k < excess && millis < max.toMillis(); k++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, max.toMillis()));
    }

    /** How long until an attempt is checked again; zero when it may be checked now. */
    Duration waitAt(Instant now) {
        return notBefore == null || !now.isBefore(notBefore) ? Duration.ZERO : Duration.between(now, notBefore);
    }

    boolean idleSince(Instant cutoff) {
        return lastFailure.isBefore(cutoff);
    }
}
