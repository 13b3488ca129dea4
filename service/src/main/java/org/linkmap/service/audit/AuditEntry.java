package org.linkmap.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import org.neo4j.driver.Record;

/**
 * One entry of the audit trail. {@code hash} covers the entry's fields and the hash of the entry before it,
 * so changing or removing any entry breaks every hash after it.
 *
 * <p>Two versions of the hash exist. Version 2 (every entry written now) is HMAC-SHA256 under the
 * {@link AuditKey}, which lives outside the database, so whoever can only write the database cannot compute
 * it. Version 1 (entries written before the chain was keyed, which carry no {@code version}) is plain
 * SHA-256; they still verify, but only below the first keyed entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(
        @JsonIgnore long sequence,
        @JsonIgnore Integer version,
        OffsetDateTime at,
        String user,
        String action,
        String entityId,
        String query,
        String remoteAddress,
        String purpose,
        String hash,
        String previousHash) {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);
    /** The version of every entry written now: HMAC-SHA256. */
    static final int KEYED = 2;

    static AuditEntry from(Record r) {
        return new AuditEntry(r.get("sequence").asLong(), r.get("version").isNull() ? null : r.get("version").asInt(),
                r.get("at").asOffsetDateTime(), r.get("user").asString(),
                r.get("action").asString(), r.get("entityId").asString(null), r.get("query").asString(null),
                r.get("remoteAddress").asString(null), r.get("purpose").asString(null),
                r.get("hash").asString(), r.get("previousHash").asString());
    }

    boolean keyed() {
        return version != null && version == KEYED;
    }

    /**
     * The fields the hash covers, joined by U+001F: sequence, time (UTC, {@link java.time.Instant#toString()}),
     * user, action, entity id, query, remote address, purpose (absent ones empty) and the previous hash. A keyed
     * entry's text starts with its version and U+001F.
     */
    String canonical() {
        String fields = String.join("\u001f", String.valueOf(sequence), at.toInstant().toString(), user, action,
                nullToEmpty(entityId), nullToEmpty(query), nullToEmpty(remoteAddress), nullToEmpty(purpose), previousHash);
        return keyed() ? KEYED + "\u001f" + fields : fields;
    }

    /** The hash this entry must carry: HMAC-SHA256 under {@code key} if keyed, else SHA-256 (the legacy chain). */
    String expectedHash(AuditKey key) {
        if (keyed()) {
            return key.mac(canonical());
        }
        if (version != null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    AuditEntry withHash(AuditKey key) {
        return new AuditEntry(sequence, version, at, user, action, entityId, query, remoteAddress, purpose,
                expectedHash(key), previousHash);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
