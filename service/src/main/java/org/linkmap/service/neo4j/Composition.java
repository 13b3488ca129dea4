package org.linkmap.service.neo4j;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Statements sent to the database as one: each write-only statement becomes a unit subquery
 * ({@code CALL () { ... }}) ahead of the last statement, which is kept as it is and gives the result. Cypher runs
 * the clauses in order and each sees what the ones before it wrote, so the outcome is that of running them one
 * after another, in one round trip instead of several. Parameters of the subqueries are renamed ({@code $rows}
 * of the first becomes {@code $w0_rows}) so that statements using the same names do not collide.
 */
final class Composition {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern ENDS_WITH_RETURN = Pattern.compile("(?is).*\\bRETURN\\b[^}]*$");

    private Composition() {
    }

    /** The text of {@code writes} (write-only statements, in order) sent ahead of {@code last}. */
    static String text(List<String> writes, String last) {
        Set<String> options = new LinkedHashSet<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < writes.size(); i++) {
            String body = body(writes.get(i), options);
            if (ENDS_WITH_RETURN.matcher(body).matches()) {
                throw new IllegalArgumentException("A statement sent ahead of another must only write, not return: " + body);
            }
            String prefix = prefix(i);
            parts.add("CALL () {\n" + PARAMETER.matcher(body).replaceAll(m -> Matcher.quoteReplacement("$" + prefix + m.group(1))) + "\n}");
        }
        parts.add(body(last, options));
        if (options.size() > 1) {
            throw new IllegalArgumentException("Statements with different Cypher options cannot be sent as one: " + options);
        }
        return (options.isEmpty() ? "" : options.iterator().next() + "\n") + String.join("\n", parts);
    }

    /** The parameters of {@code writes} renamed as {@link #text} renames them, with those of the last statement. */
    static Map<String, Object> parameters(List<Map<String, Object>> writes, Map<String, Object> last) {
        Map<String, Object> all = new HashMap<>(last);
        for (int i = 0; i < writes.size(); i++) {
            String prefix = prefix(i);
            writes.get(i).forEach((name, value) -> {
                if (all.put(prefix + name, value) != null) {
                    throw new IllegalArgumentException("Parameter " + prefix + name + " given twice");
                }
            });
        }
        return all;
    }

    private static String prefix(int index) {
        return "w" + index + "_";
    }

    /** The statement without its comment lines and its {@code CYPHER} options line, which it adds to {@code options}. */
    private static String body(String statement, Set<String> options) {
        List<String> lines = new ArrayList<>();
        for (String line : statement.strip().split("\n")) {
            String stripped = line.strip();
            if (stripped.startsWith("CYPHER ")) {
                options.add(stripped);
            } else if (!stripped.startsWith("//") && !stripped.isEmpty()) {
                lines.add(line);
            }
        }
        return String.join("\n", lines);
    }
}
