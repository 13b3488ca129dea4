package org.linkmap.service.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/**
 * Stable pseudonyms for children, such as {@code Child 7F3AK-2M9QX}: ten Crockford base-32 characters (50 bits)
 * of an HMAC-SHA256 of the child's node id under a key the service makes once and keeps in the database, so
 * every instance and every restart gives the same pseudonym, and nobody without the key can tell from an id
 * which pseudonym it has. With 50 bits, a million children share a pseudonym with a probability of about
 * one in two thousand; the thousands a county holds, practically never.
 */
@Component
public class Pseudonyms {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final String KEY_NAME = "pseudonym-key";

    private final Graph graph;
    private volatile byte[] key;

    @org.springframework.beans.factory.annotation.Autowired
    Pseudonyms(Graph graph) {
        this.graph = graph;
    }

    /** With a key given, for checking the derivation on its own. */
    Pseudonyms(byte[] key) {
        this.graph = null;
        this.key = key.clone();
    }

    /** The pseudonym of the child with this node id. */
    public String of(String nodeId) {
        byte[] digest = hmac(nodeId);
        long bits = 0;
        for (int i = 0; i < 7; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        bits >>>= 6;
        StringBuilder code = new StringBuilder("Child ");
        for (int i = 9; i >= 0; i--) {
            code.append(ALPHABET.charAt((int) ((bits >>> (i * 5)) & 31)));
            if (i == 5) {
                code.append('-');
            }
        }
        return code.toString();
    }

    private byte[] hmac(String nodeId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return mac.doFinal(nodeId.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = HexFormat.of().parseHex(loadOrCreate());
                }
                known = key;
            }
        }
        return known;
    }

    private String loadOrCreate() {
        String existing = graph.read(tx -> tx.optional("access/find-secret", Map.of("name", KEY_NAME),
                r -> r.get("value").asString())).orElse(null);
        if (existing != null) {
            return existing;
        }
        byte[] candidate = new byte[32];
        new SecureRandom().nextBytes(candidate);
        return graph.write(tx -> tx.optional("access/find-or-create-secret",
                Map.of("name", KEY_NAME, "candidate", HexFormat.of().formatHex(candidate)), r -> r.get("value").asString()))
                .orElseThrow();
    }
}
