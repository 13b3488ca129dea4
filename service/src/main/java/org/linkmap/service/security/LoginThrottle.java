package org.linkmap.service.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code linkmap.security.login.max-failures} wrong passwords (default 5) for
 * one user name, that name is locked for {@code linkmap.security.login.lock-duration} (default 15 minutes),
 * whatever password is tried. A correct sign-in before the limit clears the count. Counts are per service
 * instance, in memory.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Map<String, Failures> byUser = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;

    LoginThrottle(@Value("${linkmap.security.login.max-failures:5}") int maxFailures,
                  @Value("${linkmap.security.login.lock-duration:15m}") Duration lockDuration, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    boolean isLocked(String username) {
        Failures failures = byUser.get(key(username));
        return failures != null && failures.lockedUntil() != null && clock.instant().isBefore(failures.lockedUntil());
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        String user = key(event.getAuthentication().getName());
        Failures updated = byUser.merge(user, new Failures(1, null), (old, one) -> {
            int count = old.lockedUntil() != null && !clock.instant().isBefore(old.lockedUntil()) ? 1 : old.count() + 1;
            return new Failures(count, count >= maxFailures ? clock.instant().plus(lockDuration) : null);
        });
        if (updated.lockedUntil() != null) {
            log.warn("Sign-in for '{}' locked until {} after {} wrong passwords", user, updated.lockedUntil(), updated.count());
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        byUser.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
