package org.linkmap.service.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a short time that a user name and password were checked against the stored BCrypt hash and
 * matched, so that a client sending one request after another pays BCrypt (about 60-100 ms here) once per
 * {@code ttl} instead of on every request.
 *
 * <p>Nothing here can be used to recover a password: an entry is keyed by HMAC-SHA256 of the user name and
 * password under a random key made when the service starts and never stored, and holds only the user name,
 * a SHA-256 fingerprint of the stored hash (so a changed password misses) and when it expires. Only a
 * successful check is remembered; {@link #forget(String)} drops every entry of a user, which the password
 * check does on any failed or refused sign-in of that name, including a lock-out. The map is bounded: when
 * full it drops what has expired, and if that is not enough, everything. Thread-safe.
 */
final class VerifiedCredentials {

    static final int MAX_ENTRIES = 10_000;
    private static final String HMAC = "HmacSHA256";

    private record Entry(String username, String storedHashFingerprint, Instant expires) {
    }

    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    /** @param ttl how long a verified password is remembered; zero or negative remembers nothing */
    VerifiedCredentials(Duration ttl, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
        this.ttl = ttl;
        this.clock = clock;
    }

    /** Whether this user name and password matched {@code storedHash} within the last {@code ttl}. */
    boolean verifiedRecently(String username, String password, String storedHash) {
        if (!enabled() || password == null) {
            return false;
        }
        String k = keyOf(username, password);
        Entry entry = byKey.get(k);
        if (entry == null) {
            return false;
        }
        if (!clock.instant().isBefore(entry.expires()) || !entry.username().equals(username)
                || !entry.storedHashFingerprint().equals(fingerprint(storedHash))) {
            byKey.remove(k, entry);
            return false;
        }
        return true;
    }

    /** Records that this user name and password have just matched {@code storedHash}. */
    void remember(String username, String password, String storedHash) {
        if (!enabled() || password == null) {
            return;
        }
        if (byKey.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            byKey.values().removeIf(e -> !now.isBefore(e.expires()));
            if (byKey.size() >= MAX_ENTRIES) {
                byKey.clear();
            }
        }
        byKey.put(keyOf(username, password), new Entry(username, fingerprint(storedHash), clock.instant().plus(ttl)));
    }

    /** Drops every remembered password of this user name. */
    void forget(String username) {
        byKey.values().removeIf(e -> e.username().equals(username));
    }

    int size() {
        return byKey.size();
    }

    private boolean enabled() {
        return !ttl.isNegative() && !ttl.isZero();
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String fingerprint(String storedHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(storedHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
