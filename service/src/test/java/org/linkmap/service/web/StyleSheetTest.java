package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' style sheets are well formed: every block closed, and no {@code @media} block inside another. A
 * lost brace is not an error to a browser, which reads every later rule as part of the open block: once a
 * print block was left open, the map's legend, grid reference box and panel were styled only on paper.
 */
class StyleSheetTest {

    @ParameterizedTest
    @ValueSource(strings = {"static/css/linkmap.css", "static/css/network.css"})
    void shouldCloseEveryBlockAndNestNoMediaQuery(String sheet) throws IOException {
        String css;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(sheet)) {
            assertThat(in).as(sheet).isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "");
        }
        Deque<String> open = new ArrayDeque<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String prelude = css.substring(start, i).trim();
                if (prelude.startsWith("@media")) {
                    assertThat(open).as(sheet + " line " + line + ": " + prelude + " inside another block").noneMatch(p -> p.startsWith("@media"));
                }
                open.push(prelude);
                start = i + 1;
            } else if (c == '}') {
                assertThat(open).as(sheet + " line " + line + ": a closing brace with no block open").isNotEmpty();
                open.pop();
                start = i + 1;
            } else if (c == ';' && !open.isEmpty() && open.peek().startsWith("@")) {
                start = i + 1;
            }
        }
        assertThat(open).as(sheet + ": blocks left open at the end").isEmpty();
    }
}
