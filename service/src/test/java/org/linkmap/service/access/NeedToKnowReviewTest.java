package org.linkmap.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkmap.service.access.TestSubmissions.submission;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Ways past need to know found by trying the running service as a MACE member of another area and as an
 * administrator: each test is the request that showed a fact the reader should not have, and fails while it does.
 */
@HarnessTest
class NeedToKnowReviewTest extends ApiTestSupport {

    private static final String CHILD = "{\"ref\":\"c\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Dana Fictional\","
            + "\"dob\":\"2011-02-03\",\"identifiers\":{\"LCS\":\"LCS-990101\"}}";

    private JsonNode submitAs(String user, String json) {
        LinkmapClient.Reply reply = client.post("/api/submissions", user, json);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.body();
    }

    /** A surname in capitals (as police write it), a name in lower case or reversed, an identifier without its hyphen. */
    @Test
    void shouldTakeAChildsNameOutOfTextWhateverItsCaseOrOrder() {
        JsonNode receipt = submitAs("analyst", submission("BPL-R1", "BLACKPOOL", CHILD
                        + ",{\"ref\":\"b\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Rory Sample\",\"aliases\":[\"FICTIONAL Dana pal\"]}",
                "{\"from\":\"b\",\"to\":\"c\",\"type\":\"ASSOCIATES_WITH\"}",
                "{\"ref\":\"i\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-01T20:00:00Z\",\"lat\":53.8175,\"lon\":-3.0357,"
                        + "\"involved\":[{\"ref\":\"c\",\"role\":\"VICTIM\"}],\"summary\":\"Seen with Dana FICTIONAL, LCS990101; fictional dana again\"}",
                "Referral for FICTIONAL, Dana"));

        String poi = client.get("/api/entities/" + receipt.get("entities").get("b").asText(), "mace").raw();
        String incident = client.get("/api/entities/" + receipt.get("incidents").get("i").asText(), "mace").raw();
        String asSubmitted = client.get("/api/submissions/" + receipt.get("submissionId").asText(), "mace").raw();

        assertThat(client.get("/api/entities/" + receipt.get("entities").get("b").asText(), "analyst").raw()).contains("FICTIONAL Dana pal");
        assertThat(poi).contains("Rory Sample").doesNotContainIgnoringCase("fictional");
        assertThat(incident).contains("Seen with").doesNotContainIgnoringCase("fictional").doesNotContain("990101");
        assertThat(asSubmitted).contains("Rory Sample").doesNotContainIgnoringCase("fictional").doesNotContain("990101");
    }

    /** Refs are the submitter's words: a child's name and date of birth in them must not reach another role. */
    @Test
    void shouldTakeAChildsNameAndBirthDateOutOfSubmissionAndEntityRefs() {
        JsonNode receipt = submitAs("analyst", submission("Dana-Fictional-2011-02-03", "BLACKPOOL",
                CHILD.replace("\"ref\":\"c\"", "\"ref\":\"dana-fictional\"")
                        + ",{\"ref\":\"l\",\"type\":\"LOCATION\",\"name\":\"Corner shop\",\"locationType\":\"SHOP\",\"lat\":53.8175,\"lon\":-3.0357}",
                "{\"from\":\"dana-fictional\",\"to\":\"l\",\"type\":\"FREQUENTS\"}", "", "x"));

        String one = client.get("/api/submissions/" + receipt.get("submissionId").asText(), "mace").raw();
        String list = client.get("/api/submissions?limit=500", "mace").raw();

        assertThat(list).contains(receipt.get("submissionId").asText()).doesNotContainIgnoringCase("fictional").doesNotContain("2011-02-03");
        assertThat(one).contains("Corner shop").contains("Child ").doesNotContainIgnoringCase("fictional").doesNotContain("2011-02-03");
    }

    /** Search strings and stated purposes: a child's surname in capitals or lower case, an identifier without its hyphen. */
    @Test
    void shouldKeepAChildsNameOutOfTheAuditTrailWhateverItsCase() {
        submitAs("analyst", submission("BPL-A1", "BLACKPOOL", CHILD, "", "", "x"));
        client.get("/api/search?q=fictional%20dana", "mace");
        client.get("/api/search?q=FICTIONAL", "mace");
        client.get("/api/search?q=Rory&purpose=Review%20of%20FICTIONAL%20Dana%20LCS990101", "mace");

        String trail = client.get("/api/audit?limit=500", "admin").raw();

        assertThat(trail).contains("/api/search").contains("Review of").doesNotContainIgnoringCase("fictional").doesNotContain("990101");
    }

    /** A link both areas report is in East's view, but the conditions are Blackpool's grading and must stay Blackpool's. */
    @Test
    void shouldNotShowAnotherAreasHandlingConditionsOnASharedLinkInANetwork() {
        JsonNode blackpool = submitAs("analyst", submission("BPL-C1", "BLACKPOOL",
                "{\"ref\":\"a\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zebedee Otherarea\",\"identifiers\":{\"PNC\":\"99/123456Z\"}},"
                        + "{\"ref\":\"ph\",\"type\":\"PHONE\",\"number\":\"07700 900777\"}",
                "{\"from\":\"a\",\"to\":\"ph\",\"type\":\"USES\"}", "", "Blackpool")
                .replace("\"handling\":\"P\"", "\"handling\":\"C\",\"conditions\":\"Source is informant Jane Whisper\""));
        String person = blackpool.get("entities").get("a").asText();
        submitAs("mace-east", submission("EAST-C1", "LANCS_EAST",
                "{\"ref\":\"a\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zeb Eastname\",\"identifiers\":{\"PNC\":\"99/123456Z\"}},"
                        + "{\"ref\":\"ph\",\"type\":\"PHONE\",\"number\":\"07700 900777\"}",
                "{\"from\":\"a\",\"to\":\"ph\",\"type\":\"USES\"}", "", "East"));

        JsonNode entity = client.get("/api/entities/" + person, "mace-east").body();
        String network = client.get("/api/network/" + person + "?depth=1", "mace-east").raw();

        assertThat(entity.get("links").get(0).get("grading").get("handling").asText()).as("the entity page").isEqualTo("P");
        assertThat(network).contains("\"type\":\"USES\"").doesNotContain("Jane Whisper").doesNotContain("2B C");
    }

    /** East knows both people, but that they associate is Blackpool's fact: East's network of one must not reach the other. */
    @Test
    void shouldNotReachNodesThroughAnotherAreasLinkInANetwork() {
        JsonNode blackpool = submitAs("analyst", submission("BPL-T1", "BLACKPOOL",
                "{\"ref\":\"a\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zebedee Otherarea\",\"identifiers\":{\"PNC\":\"99/123456Z\"}},"
                        + "{\"ref\":\"b\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Bartholomew Hiddenlink\",\"identifiers\":{\"PNC\":\"99/654321Y\"}}",
                "{\"from\":\"a\",\"to\":\"b\",\"type\":\"ASSOCIATES_WITH\"}", "", "Blackpool"));
        String a = blackpool.get("entities").get("a").asText();
        String b = blackpool.get("entities").get("b").asText();
        submitAs("mace-east", submission("EAST-T1", "LANCS_EAST",
                "{\"ref\":\"a\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zeb Eastname\",\"identifiers\":{\"PNC\":\"99/123456Z\"}}", "", "", "East"));
        JsonNode east = submitAs("mace-east", submission("EAST-T2", "LANCS_EAST",
                "{\"ref\":\"b\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Bart Eastside\",\"identifiers\":{\"PNC\":\"99/654321Y\"}},"
                        + "{\"ref\":\"v\",\"type\":\"VEHICLE\",\"vrm\":\"EA57 CAR\"}",
                "{\"from\":\"b\",\"to\":\"v\",\"type\":\"USES\"}", "", "East 2"));

        String network = client.get("/api/network/" + a + "?depth=2", "mace-east").raw();

        assertThat(east.get("entities").get("b").asText()).isEqualTo(b);
        assertThat(client.get("/api/network/" + a + "?depth=2", "analyst").raw()).contains(b).contains("EA57CAR");
        assertThat(network).contains("Zeb Eastname").doesNotContain(b).doesNotContain("Bart Eastside").doesNotContain("EA57CAR");
    }

    /**
     * Naming another area's place or incident by its id (shown in a restricted placeholder) in a submission to one's
     * own forum must not open it: not its point, not its time, not its name's matching key.
     */
    @Test
    void shouldNotOpenAnotherAreasPlaceOrIncidentNamedByIdInAMembersSubmission() {
        JsonNode blackpool = submitAs("analyst", submission("BPL-I1", "BLACKPOOL",
                "{\"ref\":\"a\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zebedee Otherarea\",\"identifiers\":{\"PNC\":\"99/123456Z\"}},"
                        + "{\"ref\":\"home\",\"type\":\"LOCATION\",\"name\":\"Otherarea safehouse\",\"locationType\":\"RESIDENTIAL\","
                        + "\"address\":\"7 Secret Terrace, Blackpool\",\"lat\":53.8170,\"lon\":-3.0500}",
                "{\"from\":\"a\",\"to\":\"home\",\"type\":\"LIVES_AT\"}",
                "{\"ref\":\"i\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-01T20:00:00Z\",\"lat\":53.8175,\"lon\":-3.0357,"
                        + "\"involved\":[{\"ref\":\"a\",\"role\":\"SUSPECT\"}],\"summary\":\"Blackpool concern\"}", "Blackpool"));
        String home = blackpool.get("entities").get("home").asText();
        String incident = blackpool.get("incidents").get("i").asText();
        assertThat(client.get("/api/entities/" + home, "mace-east").status()).isEqualTo(403);
        assertThat(client.get("/api/entities/" + incident, "mace-east").status()).isEqualTo(403);

        submitAs("mace-east", submission("EAST-I1", "LANCS_EAST",
                "{\"ref\":\"x\",\"id\":\"" + home + "\"},{\"ref\":\"y\",\"id\":\"" + incident + "\"}", "", "", "East asks"));
        LinkmapClient.Reply place = client.get("/api/entities/" + home, "mace-east");
        LinkmapClient.Reply event = client.get("/api/entities/" + incident, "mace-east");

        assertThat(place.raw()).doesNotContain("otherarea safehouse").doesNotContain("53.817").doesNotContain("-3.05");
        assertThat(event.raw()).doesNotContain("2026-10-01").doesNotContain("53.8175");
        assertThat(place.status()).isEqualTo(403);
        assertThat(event.status()).isEqualTo(403);
    }

    /** A text search's score must not tell a member whether another area's name for a person matches. */
    @Test
    void shouldNotScoreASearchOnAnotherAreasNames() {
        submitAs("analyst", submission("BPL-S1", "BLACKPOOL",
                "{\"ref\":\"a\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zebedee Otherarea\",\"identifiers\":{\"PNC\":\"99/123456Z\"}}",
                "", "", "Blackpool"));
        submitAs("mace-east", submission("EAST-S1", "LANCS_EAST",
                "{\"ref\":\"a\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zeb Eastname\",\"identifiers\":{\"PNC\":\"99/123456Z\"}}", "", "", "East"));

        JsonNode guessed = client.get("/api/search?q=Eastname%20Zebedee", "mace-east").body();
        JsonNode unrelated = client.get("/api/search?q=Eastname%20Xylophone", "mace-east").body();

        assertThat(guessed).hasSize(1);
        assertThat(unrelated).hasSize(1);
        assertThat(guessed.get(0).get("score").asDouble()).isEqualTo(unrelated.get(0).get("score").asDouble());
    }

    /**
     * "Person of interest" is Blackpool's assessment of a man East recorded as a witness: it must not reach East
     * through the network's node flags or the hotspot's count, score and panel.
     */
    @Test
    void shouldNotShowAnotherAreasPersonOfInterestRoleInNetworksOrHotspots() {
        JsonNode east = submitAs("mace-east", submission("EAST-P1", "LANCS_EAST",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"name\":\"Walter Witness\",\"identifiers\":{\"PNC\":\"98/111111W\"}}", "",
                "{\"ref\":\"i\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-07T20:00:00Z\",\"lat\":53.7890,\"lon\":-2.2430,"
                        + "\"involved\":[{\"ref\":\"p\",\"role\":\"WITNESS\"}],\"summary\":\"Burnley concern\"}", "East witness"));
        String witness = east.get("entities").get("p").asText();
        submitAs("analyst", submission("BPL-P1", "BLACKPOOL",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Walter Witness\",\"identifiers\":{\"PNC\":\"98/111111W\"}}",
                "", "", "Blackpool POI"));
        String query = "?minPoints=1&eps=30&from=2026-10-07&to=2026-10-08";

        JsonNode network = client.get("/api/network/" + witness + "?depth=1", "mace-east").body();
        JsonNode hotspots = client.get("/api/hotspots" + query, "mace-east").body();
        JsonNode panel = client.get("/api/hotspots/" + hotspots.get("features").get(0).get("id").asText() + query, "mace-east").body();

        assertThat(client.get("/api/network/" + witness + "?depth=1", "analyst").raw()).contains("\"personOfInterest\":true");
        JsonNode node = network.get("nodes").get(0);
        assertThat(node.get("id").asText()).isEqualTo(witness);
        assertThat(node.get("personOfInterest").asBoolean()).as("network node flag").isFalse();
        assertThat(hotspots.get("features").get(0).get("properties").get("personOfInterestCount").asInt()).isZero();
        assertThat(panel.get("personsOfInterest")).isEmpty();
    }

    /** Once two records of a child are merged, the child is one child: one pseudonym in the network, its records and submissions. */
    @Test
    void shouldGiveAMergedChildOnePseudonymOnEverySurface() {
        JsonNode first = submitAs("analyst", submission("BPL-M1", "BLACKPOOL",
                "{\"ref\":\"c\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Mia Mergetest\",\"dob\":\"2012-05-05\"},"
                        + "{\"ref\":\"l\",\"type\":\"LOCATION\",\"name\":\"Park bench\",\"locationType\":\"PARK\",\"lat\":53.8175,\"lon\":-3.0357}",
                "{\"from\":\"c\",\"to\":\"l\",\"type\":\"FREQUENTS\"}", "", "one"));
        JsonNode second = submitAs("analyst", submission("BPL-M2", "BLACKPOOL",
                "{\"ref\":\"c\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Mya Mergetest\",\"dob\":\"2012-05-05\"},"
                        + "{\"ref\":\"v\",\"type\":\"VEHICLE\",\"vrm\":\"MG12 ABC\"}",
                "{\"from\":\"c\",\"to\":\"v\",\"type\":\"USES\"}", "", "two"));
        String survivor = first.get("entities").get("c").asText();
        String merged = second.get("entities").get("c").asText();
        assertThat(client.post("/api/entities/" + survivor + "/merge", "analyst",
                "{\"otherId\":\"" + merged + "\",\"reason\":\"same child\"}").status()).isEqualTo(201);

        String inNetwork = client.get("/api/entities/" + survivor, "mace").body().get("label").asText();
        String mergedRecord = client.get("/api/entities/" + merged, "mace").body().get("label").asText();
        JsonNode asSubmitted = LinkmapClient.json(client.get("/api/submissions/" + second.get("submissionId").asText(), "mace").raw());

        assertThat(client.get("/api/network/" + survivor + "?depth=1", "mace").raw()).contains(inNetwork).contains("MG12ABC");
        assertThat(mergedRecord).isEqualTo(inNetwork);
        assertThat(asSubmitted.get("entities").get(0).get("pseudonym").asText()).isEqualTo(inNetwork);
    }
}
