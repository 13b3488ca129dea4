package org.linkmap.service.audit;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the audit trail's secrets and checkpoints live, outside the database ({@code linkmap.audit.*}).
 *
 * @param dir             directory (owner-only) holding {@code audit.key} and {@code checkpoint.json}
 * @param key             the chain's HMAC key, hex or Base64 of at least 32 bytes; when given (for example as the
 *                        environment variable {@code LINKMAP_AUDIT_KEY}) no key file is read or written
 * @param checkpoints     whether to write and check signed checkpoints of the chain's head
 * @param checkpointEvery how often the head is checkpointed while entries are added (and at start and shutdown)
 * @param verifyAndExit   verify the chain against the key and the checkpoint, print the result and exit
 *                        (0 when valid, 1 when not), writing nothing: for checking a stopped service's store offline
 */
@ConfigurationProperties("linkmap.audit")
record AuditProperties(
        @DefaultValue("linkmap-data/audit") Path dir,
        String key,
        @DefaultValue("true") boolean checkpoints,
        @DefaultValue("1m") Duration checkpointEvery,
        @DefaultValue("false") boolean verifyAndExit) {

    Path keyFile() {
        return dir.resolve("audit.key");
    }

    Path checkpointFile() {
        return dir.resolve("checkpoint.json");
    }
}
