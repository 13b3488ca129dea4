package org.linkmap.service.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The named Cypher queries of the {@code cypher} module ({@code cypher/queries/<capability>/<verb-noun>.cypher}),
 * loaded from the classpath once and kept. A name without a file is a programming error and fails loudly.
 */
@Component
public class CypherStatements {

    private final ConcurrentHashMap<String, String> byName = new ConcurrentHashMap<>();

    /** The text of the query {@code name}, for example {@code ingest/merge-link}. */
    public String get(String name) {
        return byName.computeIfAbsent(name, CypherStatements::load);
    }

    private static String load(String name) {
        String path = "cypher/queries/" + name + ".cypher";
        try (InputStream in = CypherStatements.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No Cypher file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
