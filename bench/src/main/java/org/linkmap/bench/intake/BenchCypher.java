package org.linkmap.bench.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The loader's statements, kept as files in {@code bench-cypher/} like the service's own. */
final class BenchCypher {

    private BenchCypher() {
    }

    private static final java.util.Map<String, String> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    static String get(String name) {
        return LOADED.computeIfAbsent(name, BenchCypher::load);
    }

    private static String load(String name) {
        try (InputStream in = BenchCypher.class.getClassLoader().getResourceAsStream("bench-cypher/" + name + ".cypher")) {
            if (in == null) {
                throw new IllegalArgumentException("no bench-cypher/" + name + ".cypher");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
