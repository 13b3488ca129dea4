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

    private static List<String> labels(JsonNode hits) {
        List<String> labels = new ArrayList<>();
        hits.forEach(h -> labels.add(h.get("label").asText()));
        return labels;
    }
}
