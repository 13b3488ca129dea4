package org.linkmap.service.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The named Cypher queries of the {@code cypher} module ({@code cypher/queries/<capability>/<verb-noun>.cypher}),
 * loaded from the classpath once and kept. A name without a file is a programming error and fails loudly.
 */
@Component
public class CypherStatements {

    private final ConcurrentHashMap<String, String> byName = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> composedByNames = new ConcurrentHashMap<>();

    /** The text of the query {@code name}, for example {@code ingest/merge-link}. */
    public String get(String name) {
        return byName.computeIfAbsent(name, CypherStatements::load);
    }

    /** The text that runs the write-only queries {@code writes}, in order, ahead of the query {@code last}, as one. */
    String composed(List<String> writes, String last) {
        return composedByNames.computeIfAbsent(String.join(" ", writes) + " " + last,
                key -> Composition.text(writes.stream().map(this::get).toList(), get(last)));
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
