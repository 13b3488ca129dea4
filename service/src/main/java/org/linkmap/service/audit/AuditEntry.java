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
 * One entry of the audit trail. {@code hash} is the SHA-256 of the entry's fields and the hash of the
 * entry before it, so changing or removing any entry breaks every hash after it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEntry(
        @JsonIgnore long sequence,
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

    static AuditEntry from(Record r) {
        return new AuditEntry(r.get("sequence").asLong(), r.get("at").asOffsetDateTime(), r.get("user").asString(),
                r.get("action").asString(), r.get("entityId").asString(null), r.get("query").asString(null),
                r.get("remoteAddress").asString(null), r.get("purpose").asString(null),
                r.get("hash").asString(), r.get("previousHash").asString());
    }

    /** The hash this entry must carry, computed from its fields and {@code previousHash}. */
    String expectedHash() {
        String canonical = String.join("\u001f", String.valueOf(sequence), at.toInstant().toString(), user, action,
                nullToEmpty(entityId), nullToEmpty(query), nullToEmpty(remoteAddress), nullToEmpty(purpose), previousHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    AuditEntry withHash() {
        return new AuditEntry(sequence, at, user, action, entityId, query, remoteAddress, purpose, expectedHash(), previousHash);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
