package org.linkmap.service.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Every way a MACE member's own submission can match another area's records (a similar name, a PNC, a phone,
 * a vehicle, an online handle), tried by each member: nothing any reply then gives the member may carry what
 * only the other area recorded.
 */
@HarnessTest
class CrossAreaMatchTest extends ApiTestSupport {

    /** A member, its own forum and a point in it, and the other area with a point in that. */
    private record Member(String user, String ownArea, double ownLat, double ownLon, String otherArea, double otherLat, double otherLon) {
        @Override
        public String toString() {
            return user;
        }
    }

    private static final Member NORTH = new Member("mace", "LANCS_NORTH", 54.0466, -2.8007, "LANCS_EAST", 53.7890, -2.2430);
    private static final Member EAST = new Member("mace-east", "LANCS_EAST", 53.7890, -2.2430, "BLACKPOOL", 53.8175, -3.0357);

    /** What the member's own submission says of its person, and the words of the other area's that it may then know. */
    private static final Map<String, String> MATCHES = Map.of(
            "name", "\"name\":\"Secretnam Persson\",\"dobYear\":1991",
            "pnc", "\"name\":\"Own Name\",\"identifiers\":{\"PNC\":\"98/765432X\"}",
            "phone", "\"name\":\"Own Name\"}, {\"ref\":\"x\",\"type\":\"PHONE\",\"number\":\"07700 900888\"",
            "vehicle", "\"name\":\"Own Name\"}, {\"ref\":\"x\",\"type\":\"VEHICLE\",\"vrm\":\"HD19 XYZ\"",
            "handle", "\"name\":\"Own Name\"}, {\"ref\":\"x\",\"type\":\"ONLINE_ACCOUNT\",\"platform\":\"Snapchat\",\"handle\":\"hidden_handle\"");

    private static final Map<String, List<String>> SHARED_KEY = Map.of(
            "name", List.of(), "pnc", List.of("98/765432X"), "phone", List.of("07700 900888", "+447700900888"),
            "vehicle", List.of("HD19XYZ", "HD19 XYZ"), "handle", List.of("hidden_handle"));

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Member member : List.of(NORTH, EAST)) {
            for (String kind : List.of("name", "pnc", "phone", "vehicle", "handle")) {
                cases.add(Arguments.of(member, kind));
            }
        }
        return cases.stream();
    }

    private String otherAreasRecords(Member m) {
        return """
                {"submissionRef":"OTHER-1","agency":"LANCASHIRE_POLICE","submittedBy":"DC Other","submittedAt":"2026-11-01T09:00:00Z",
                 "forum":{"kind":"MACE","area":"%s","meetingDate":"2026-11-20"},
                 "grading":{"source":1,"intelligence":"A","handling":"P"},
                 "entities":[
                   {"ref":"p","type":"PERSON","roles":["POI"],"name":"Secretname Person","aliases":["Hiddenalias"],"dobYear":1991,
                    "identifiers":{"PNC":"98/765432X"}},
                   {"ref":"c","type":"PERSON","roles":["CHILD"],"name":"Hiddenchild Youngster","dob":"2012-01-02"},
                   {"ref":"ph","type":"PHONE","number":"07700 900888"},
                   {"ref":"v","type":"VEHICLE","vrm":"HD19 XYZ","make":"Hiddenmake"},
                   {"ref":"a","type":"ONLINE_ACCOUNT","platform":"Snapchat","handle":"hidden_handle"},
                   {"ref":"n","type":"NETWORK","name":"Hiddencrew","networkType":"GANG"},
                   {"ref":"l","type":"LOCATION","name":"Hiddenplace Hotel","locationType":"HOTEL","lat":%s,"lon":%s}],
                 "links":[{"from":"p","to":"c","type":"EXPLOITS"},{"from":"p","to":"ph","type":"USES"},{"from":"p","to":"v","type":"USES"},
                          {"from":"p","to":"a","type":"USES"},{"from":"p","to":"n","type":"MEMBER_OF"},{"from":"c","to":"l","type":"FREQUENTS"}],
                 "incidents":[{"ref":"i","incidentType":"SIGHTING","occurredAt":"2026-10-20T21:00:00Z","location":"l",
                               "involved":[{"ref":"c","role":"VICTIM"},{"ref":"p","role":"SUSPECT"}],"summary":"Hiddenchild seen at Hiddenplace"}],
                 "narrative":"Hiddenalias is grooming Hiddenchild."}""".formatted(m.otherArea(), m.otherLat(), m.otherLon());
    }

    private String ownSubmission(Member m, String kind) {
        return """
                {"submissionRef":"OWN-%s","agency":"LANCASHIRE_POLICE","submittedBy":"DC Own","submittedAt":"2026-11-05T09:00:00Z",
                 "forum":{"kind":"MACE","area":"%s","meetingDate":"2026-11-20"},
                 "grading":{"source":2,"intelligence":"B","handling":"P"},
                 "entities":[{"ref":"p","type":"PERSON","roles":["POI"],%s},
                             {"ref":"l","type":"LOCATION","name":"Own Place","locationType":"PARK","lat":%s,"lon":%s}],
                 "links":[{"from":"p","to":"l","type":"FREQUENTS"}%s],
                 "incidents":[{"ref":"i","incidentType":"CONCERN","occurredAt":"2026-10-21T21:00:00Z","location":"l",
                               "involved":[{"ref":"p","role":"SUSPECT"}],"summary":"Own concern"}]}"""
                .formatted(kind, m.ownArea(), MATCHES.get(kind), m.ownLat(), m.ownLon(),
                        kind.equals("name") || kind.equals("pnc") ? "" : ",{\"from\":\"p\",\"to\":\"x\",\"type\":\"USES\"}");
    }

    @ParameterizedTest(name = "{0} matching by {1}")
    @MethodSource("cases")
    void shouldRevealNothingOfAnotherAreasRecordsToAMemberWhoseSubmissionMatchesThem(Member member, String kind) {
        client.submit(otherAreasRecords(member));
        LinkmapClient.Reply receipt = client.post("/api/submissions", member.user(), ownSubmission(member, kind));
        assertThat(receipt.status()).as(receipt.raw()).isEqualTo(201);

        List<String> replies = new ArrayList<>(List.of(receipt.raw()));
        List<String> ids = new ArrayList<>();
        receipt.body().get("entities").forEach(id -> ids.add(id.asText()));
        receipt.body().get("incidents").forEach(id -> ids.add(id.asText()));
        for (String id : ids) {
            replies.add(read("/api/entities/" + id, member));
            replies.add(read("/api/network/" + id + "?depth=2", member));
            replies.add(read("/api/network/" + id + "/export?depth=2&format=csv", member));
        }
        for (String words : List.of("Secretname", "Hiddenalias", "Hiddenchild", "Hiddenplace", "Hiddencrew", "07700900888", "HD19XYZ",
                "@hidden_handle", "Own Name")) {
            replies.add(read("/api/search?q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8), member));
        }
        replies.add(read("/api/submissions", member));
        replies.add(read("/api/incidents", member));
        replies.add(read("/api/incidents/summary", member));
        replies.add(read("/api/hotspots?minPoints=1", member));
        JsonNode hotspots = LinkmapClient.json(replies.get(replies.size() - 1));
        hotspots.get("features").forEach(h -> replies.add(read("/api/hotspots/" + h.get("id").asText() + "?minPoints=1", member)));

        String seen = String.join("\n", replies);
        List<String> secrets = new ArrayList<>(List.of("Secretname Person", "Hiddenalias", "Hiddenchild", "Youngster", "Hiddenplace",
                "Hiddencrew", "Hiddenmake", "EXPLOITS", "MEMBER_OF", "2012-01-02", "OTHER-1", "DC Other",
                "07700 900888", "+447700900888", "HD19XYZ", "HD19 XYZ", "hidden_handle", "98/765432X"));
        secrets.removeAll(SHARED_KEY.get(kind));
        for (String secret : secrets) {
            assertThat(seen).as("%s must not learn %s", member.user(), secret).doesNotContain(secret);
        }
        assertThat(seen).as("its own record is there to be read").contains("Own Place");
    }

    private String read(String path, Member member) {
        LinkmapClient.Reply reply = client.get(path, member.user());
        assertThat(reply.status()).as(path + " " + reply.raw()).isIn(200, 403);
        return reply.raw();
    }
}
