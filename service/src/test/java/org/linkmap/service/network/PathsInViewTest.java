package org.linkmap.service.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Paths as a MACE member may walk them. East reports, in two referrals, Burnley Driver using one phone and Colne
 * Second another; North reports that the two phones contacted each other. An analyst finds the path from one person
 * to the other through both phones. A member of East's MACE does not, since the one link joining the phones is
 * North's, until East reports the contact itself. Both ways a search goes are tried: by where links lead alone
 * (no filter), and reading every link (under a filter on grading that every link here passes).
 */
@HarnessTest
class PathsInViewTest extends ApiTestSupport {

    @ParameterizedTest(name = "filter \"{0}\"")
    @ValueSource(strings = {"", "&minSource=3"})
    void shouldNotWalkALinkOutOfTheReadersView(String filter) {
        JsonNode first = submit("EAST-P2", "LANCS_EAST", """
                [{"ref":"p","type":"PERSON","roles":["POI"],"name":"Burnley Driver"},{"ref":"a","type":"PHONE","number":"07700 900201"}]""",
                """
                [{"from":"p","to":"a","type":"USES"}]""");
        JsonNode second = submit("EAST-P3", "LANCS_EAST", """
                [{"ref":"q","type":"PERSON","roles":["POI"],"name":"Colne Second"},{"ref":"b","type":"PHONE","number":"07700 900202"}]""",
                """
                [{"from":"q","to":"b","type":"USES"}]""");
        submit("NORTH-P4", "LANCS_NORTH", """
                [{"ref":"a","type":"PHONE","number":"07700 900201"},{"ref":"b","type":"PHONE","number":"07700 900202"}]""",
                """
                [{"from":"a","to":"b","type":"CONTACTED"}]""");
        String driver = first.get("p").asText();
        String colne = second.get("q").asText();
        List<String> through = List.of(driver, first.get("a").asText(), second.get("b").asText(), colne);
        String paths = "/api/network/paths?from=" + driver + "&to=" + colne + filter;

        assertThat(walked(paths, "analyst")).containsExactly(through);
        assertThat(walked(paths, "mace-east")).as("North's link is not East's to follow").isEmpty();

        submit("EAST-P5", "LANCS_EAST", """
                [{"ref":"a","type":"PHONE","number":"07700 900201"},{"ref":"b","type":"PHONE","number":"07700 900202"}]""",
                """
                [{"from":"a","to":"b","type":"CONTACTED"}]""");
        assertThat(walked(paths, "mace-east")).containsExactly(through);
    }

    /** The entity ids of the submission, by ref. */
    private JsonNode submit(String ref, String area, String entities, String links) {
        return client.submit("""
                {"submissionRef":"%s","agency":"LANCASHIRE_POLICE","submittedBy":"DC Example","submittedAt":"2026-11-04T09:00:00Z",
                 "forum":{"kind":"MACE","area":"%s","meetingDate":"2026-11-12"},
                 "grading":{"source":2,"intelligence":"B","handling":"P"},
                 "entities":%s,"links":%s}""".formatted(ref, area, entities.strip(), links.strip())).body().get("entities");
    }

    /** Each path's node ids, after checking that every step has its link, of a type, joining its two nodes. */
    private List<List<String>> walked(String path, String user) {
        LinkmapClient.Reply reply = client.get(path, user);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        List<List<String>> walked = new ArrayList<>();
        for (JsonNode found : reply.body().get("paths")) {
            List<String> ids = new ArrayList<>();
            found.get("nodes").forEach(n -> ids.add(n.get("id").asText()));
            JsonNode edges = found.get("edges");
            assertThat(edges).hasSize(ids.size() - 1);
            for (int i = 0; i < edges.size(); i++) {
                JsonNode edge = edges.get(i);
                assertThat(edge.get("type").asText()).isIn("USES", "CONTACTED");
                assertThat(List.of(edge.get("source").asText(), edge.get("target").asText()))
                        .containsExactlyInAnyOrder(ids.get(i), ids.get(i + 1));
            }
            walked.add(ids);
        }
        return walked;
    }
}
