package org.linkmap.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock a user out. Failures are counted in three tables:
 * <ul>
 * <li>per client address and user name together: after {@code freeFailures} the next attempt from that
 * address for that name waits {@code firstDelay}, then twice as long after each further failure, up to
 * {@code maxDelay}; a success from that address clears it, a success from another address does not;</li>
 * <li>per address, whatever the names (a flood of unknown or guessed names from one machine);</li>
 * <li>per name, from any address (one name guessed from many machines).</li>
 * </ul>
 * The address and name tables never hold back a name at an address where it signed in successfully within
 * {@code trustedFor}, so neither a flood of other names nor guesses elsewhere slow a user at their own desk.
 * Unknown names are counted exactly as known ones, so being held back says nothing about whether a name
 * exists. The check runs before any password is compared, so attempts held back cost no hashing.
 *
 * <p>State is in memory, per instance; each table keeps at most {@code maxTracked} entries, forgetting idle
 * ones first. Thread-safe.
 */
@Component
class LoginThrottle {

    /** What a failure did: how many failures the pair has now, and the wait it started (zero for none). */
    record Outcome(int failures, Duration pairWait, boolean addressHeld, boolean nameHeld) {
        boolean throttles() {
            return !pairWait.isZero() || addressHeld || nameHeld;
        }
    }

    private final Map<String, Backoff> byPair = new ConcurrentHashMap<>();
    private final Map<String, Backoff> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Backoff> byName = new ConcurrentHashMap<>();
    private final Map<String, Instant> trusted = new ConcurrentHashMap<>();
    private final LoginThrottleProperties limits;
    private final Clock clock;

    LoginThrottle(LoginThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long {@code name} at {@code address} must wait before an attempt is checked; zero for now. */
    Duration waitFor(String address, String name) {
        Instant now = clock.instant();
        Duration wait = waitIn(byPair, pair(address, name), now);
        if (isTrusted(address, name, now)) {
            return wait;
        }
        Duration others = max(waitIn(byAddress, address(address), now), waitIn(byName, name(name), now));
        return max(wait, others);
    }

    /** Counts a failed sign-in, known name or not. */
    Outcome failed(String address, String name) {
        Instant now = clock.instant();
        Backoff pair = count(byPair, pair(address, name), limits.freeFailures(), now);
        Backoff byAddr = count(byAddress, address(address), limits.addressFreeFailures(), now);
        Backoff byNm = count(byName, name(name), limits.nameFreeFailures(), now);
        return new Outcome(pair.failures(), pair.waitAt(now), !byAddr.waitAt(now).isZero(), !byNm.waitAt(now).isZero());
    }

    /** A success clears this address's count for this name, and spares the pair the address and name waits. */
    void succeeded(String address, String name) {
        byPair.remove(pair(address, name));
        bounded(trusted, () -> trusted.values().removeIf(at -> at.isBefore(clock.instant().minus(limits.trustedFor()))));
        trusted.put(pair(address, name), clock.instant());
    }

    private boolean isTrusted(String address, String name, Instant now) {
        Instant at = trusted.get(pair(address, name));
        return at != null && at.plus(limits.trustedFor()).isAfter(now);
    }

    private Backoff count(Map<String, Backoff> table, String key, int free, Instant now) {
        Instant forgetBefore = now.minus(limits.maxDelay().multipliedBy(2));
        bounded(table, () -> table.values().removeIf(b -> b.idleSince(forgetBefore)));
        return table.merge(key, Backoff.first(now, free, limits.firstDelay(), limits.maxDelay()),
                (old, one) -> old.idleSince(forgetBefore) ? one : old.failed(now, free, limits.firstDelay(), limits.maxDelay()));
    }

    /** Keeps a table within {@code maxTracked}: forgets idle entries, and if that is not enough, starts afresh. */
    private void bounded(Map<String, ?> table, Runnable forgetIdle) {
        if (table.size() >= limits.maxTracked()) {
            forgetIdle.run();
            if (table.size() >= limits.maxTracked()) {
                table.clear();
            }
        }
    }

    private static Duration waitIn(Map<String, Backoff> table, String key, Instant now) {
        Backoff backoff = table.get(key);
        return backoff == null ? Duration.ZERO : backoff.waitAt(now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String pair(String address, String name) {
        return address(address) + "\u0000" + name(name);
    }

    private static String address(String address) {
        return address == null ? "" : address;
    }

    private static String name(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }
}
