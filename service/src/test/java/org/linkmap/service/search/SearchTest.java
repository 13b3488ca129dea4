package org.linkmap.service.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Finding people, phones, marks, places and networks the way analysts type them. */
@HarnessTest
class SearchTest extends ApiTestSupport {

    @BeforeEach
    void submitBothExamples() {
        client.submit(LinkmapClient.resource("examples/submission-mace-referral.json"));
        client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json"));
    }

    @ParameterizedTest(name = "{0} finds {1}")
    @CsvSource(delimiter = '|', value = {
            "Marek Fictional | Marek Fictional",
            "marrek | Marek Fictional",
            "Maz | Marrek Fictionall",
            "07700 900123 | +447700900123",
            "+44 7700 900123 | +447700900123",
            "447700900123 | +447700900123",
            "yx19abc | YX19ABC",
            "YX19 ABC | YX19ABC",
            "fy1 4zz | Seaview Guest House (fictional)",
            "Example Road | Seaview Guest House (fictional)",
            "promenade | Promenade group",
            "Amber Testchild | Amber Testchild"})
    void shouldFind(String query, String label) {
        JsonNode hits = client.get("/api/search?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8), "analyst").body();

        assertThat(labels(hits)).contains(label);
    }

    @Test
    void shouldNotRevealChildrenToRolesThatDoNotSeeThem() {
        JsonNode analystHits = client.get("/api/search?q=Amber", "analyst").body();
        JsonNode maceHits = client.get("/api/search?q=Amber", "mace").body();
        JsonNode macePersonHits = client.get("/api/search?q=Marek%20Fictional", "mace").body();

        assertThat(labels(analystHits)).containsExactly("Amber Testchild");
        assertThat(labels(maceHits)).isEmpty();
        assertThat(labels(macePersonHits)).contains("Marek Fictional");
    }

    @Test
    void shouldTreatLuceneSyntaxAsPlainText() {
        LinkmapClient.Reply lucene = client.get("/api/search?q=%22%29%20OR%20*%3A*%20~%5B", "analyst");

        assertThat(lucene.status()).isEqualTo(200);
        assertThat(labels(lucene.body())).as("a query matching everything in Lucene syntax matches nothing as text").isEmpty();
        assertThat(client.get("/api/search?q=", "analyst").status()).isEqualTo(400);
    }

    @Test
    void shouldFindWhatWasJustSentEveryTime() {
        // The search index is eventually consistent: each search must first wait for what is already committed.
        for (int i = 0; i < 25; i++) {
            String name = "Quillon Searchprobe" + (char) ('a' + i);
            assertThat(client.submit(onePerson("SEARCH-NOW-" + i, name)).status()).isEqualTo(201);

            JsonNode hits = client.get("/api/search?q=" + name.replace(' ', '+'), "analyst").body();

            assertThat(labels(hits)).as("search straight after submission %d", i).contains(name);
        }
    }

    private static String onePerson(String ref, String name) {
        return """
                {"submissionRef": "%s", "agency": "LANCASHIRE_POLICE", "submittedBy": "DC 1 A. Example",
                 "submittedAt": "2026-11-02T10:15:00Z", "grading": {"source": 2, "intelligence": "B", "handling": "P"},
                 "entities": [{"ref": "p1", "type": "PERSON", "roles": ["POI"], "name": "%s"}], "links": [], "incidents": []}
                """.formatted(ref, name);
    }

    private static List<String> labels(JsonNode hits) {
        List<String> labels = new ArrayList<>();
        hits.forEach(h -> labels.add(h.get("label").asText()));
        return labels;
    }
}
