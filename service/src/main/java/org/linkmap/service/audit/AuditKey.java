package org.linkmap.service.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.linkmap.service.secrets.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The secret that keys the audit chain and signs its checkpoints, kept outside the database: from
 * {@code linkmap.audit.key} (the environment variable {@code LINKMAP_AUDIT_KEY}) when given, otherwise from
 * {@code audit.key} in the audit directory, generated (256 random bits, hex, owner-only) on first start.
 * Whoever can write the database but not read this key cannot forge an entry or a checkpoint.
 */
@Component
class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);
    private static final int MIN_BYTES = 32;

    private final SecretKeySpec key;

    AuditKey(AuditProperties properties) {
        this.key = new SecretKeySpec(load(properties), "HmacSHA256");
    }

    /** HMAC-SHA256 of {@code message} (UTF-8), as 64 lower-case hex digits. */
    String mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] load(AuditProperties properties) {
        if (properties.key() != null && !properties.key().isBlank()) {
            return decode(properties.key().strip(), "linkmap.audit.key");
        }
        var file = properties.keyFile();
        try {
            if (Files.exists(file)) {
                if (OwnerOnlyFiles.isShared(file)) {
                    log.warn("The audit key {} can be read by others than its owner: chmod 600 it", file.toAbsolutePath());
                }
                return decode(Files.readString(file).strip(), file.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit key " + file, e);
        }
        byte[] fresh = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(fresh);
        OwnerOnlyFiles.write(file, HexFormat.of().formatHex(fresh) + "\n");
        log.info("Generated the audit trail's key in {} (owner-only); keep a copy with the backups, apart from the database",
                file.toAbsolutePath());
        return fresh;
    }

    private static byte[] decode(String text, String source) {
        byte[] bytes;
        try {
            bytes = text.matches("[0-9a-fA-F]+") && text.length() % 2 == 0 ? HexFormat.of().parseHex(text) : Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + source + " is neither hex nor Base64");
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("The audit key in " + source + " must be at least " + MIN_BYTES + " bytes");
        }
        return bytes;
    }
}
