package org.linkmap.service.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/**
 * A signed statement, kept outside the database, of how long the audit chain was and how it ended: a store cut
 * short or re-chained after it was written no longer agrees with it.
 *
 * @param entries   how many entries the chain had
 * @param headHash  the hash of the last of them ({@link AuditEntry#GENESIS} for none)
 * @param keyedFrom the first sequence number whose entry must be keyed (HMAC); entries below it may be legacy SHA-256
 * @param at        when the checkpoint was taken
 * @param mac       HMAC-SHA256 under the audit key of {@link #signedText()}
 */
record Checkpoint(long entries, String headHash, long keyedFrom, Instant at, String mac) {

    /** The text the MAC covers: {@code linkmap-audit-checkpoint|entries|headHash|keyedFrom|at}. */
    String signedText() {
        return "linkmap-audit-checkpoint|" + entries + "|" + headHash + "|" + keyedFrom + "|" + at;
    }

    static Checkpoint signed(long entries, String headHash, long keyedFrom, Instant at, AuditKey key) {
        Checkpoint unsigned = new Checkpoint(entries, headHash, keyedFrom, at, null);
        return new Checkpoint(entries, headHash, keyedFrom, at, key.mac(unsigned.signedText()));
    }

    boolean signedBy(AuditKey key) {
        return mac != null && MessageDigest.isEqual(mac.getBytes(StandardCharsets.US_ASCII),
                key.mac(signedText()).getBytes(StandardCharsets.US_ASCII));
    }
}
