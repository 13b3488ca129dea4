package org.linkmap.service.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.linkmap.service.access.TestSubmissions.submission;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Need to know per fact: each way a MACE member or an administrator could once learn what was not theirs,
 * tried again through the HTTP API. Blackpool's records are made with distinctive words, and every reply
 * another area's member gets is searched for them.
 */
@HarnessTest
class NeedToKnowTest extends ApiTestSupport {

    private String submitAs(String user, String json) {
        LinkmapClient.Reply reply = client.post("/api/submissions", user, json);
        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        return reply.raw();
    }

    private JsonNode ids(String receipt) {
        return LinkmapClient.json(receipt).get("entities");
    }

    @Test
    void shouldNotProposeAnotherAreasChildAsAPossibleMatch() {
        submitAs("analyst", submission("BPL-1", "BLACKPOOL",
                "{\"ref\":\"c\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Chloe Mockridge\",\"dobYear\":2012}", "", "", "Blackpool referral"));
        String east = submitAs("mace-east", submission("EAST-1", "LANCS_EAST",
                "{\"ref\":\"s\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Chloe Mockrige\",\"dobYear\":2012}", "", "", "East referral"));
        String suspect = ids(east).get("s").asText();

        JsonNode asAnalyst = client.get("/api/entities/" + suspect, "analyst").body();
        LinkmapClient.Reply asEast = client.get("/api/entities/" + suspect, "mace-east");

        assertThat(asAnalyst.get("possibleMatches")).as("the match exists").hasSize(1);
        assertThat(asEast.body().get("possibleMatches")).isEmpty();
        assertThat(asEast.raw()).doesNotContain("Mockridge");
    }

    @Test
    void shouldNotProposeAPersonOutsideTheMembersAreasAsAPossibleMatch() {
        submitAs("analyst", submission("BBD-1", "BLACKBURN_DARWEN",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Kasper Fictionson\",\"dobYear\":1990},"
                        + "{\"ref\":\"ph\",\"type\":\"PHONE\",\"number\":\"07700 900555\"}",
                "{\"from\":\"p\",\"to\":\"ph\",\"type\":\"USES\"}", "", "Blackburn intelligence"));
        String north = submitAs("mace", submission("NORTH-1", "LANCS_NORTH",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Kaspar Fictionson\",\"dobYear\":1990}", "", "", "North"));

        LinkmapClient.Reply asMace = client.get("/api/entities/" + ids(north).get("p").asText(), "mace");

        assertThat(client.get("/api/entities/" + ids(north).get("p").asText(), "analyst").body().get("possibleMatches")).hasSize(1);
        assertThat(asMace.body().get("possibleMatches")).isEmpty();
        assertThat(asMace.raw()).doesNotContain("Kasper").doesNotContain("900555");
    }

    @Test
    void shouldNotWidenAMembersViewWhenItsSubmissionNamesAnotherAreasPersonByIdentifier() {
        String blackpool = submitAs("analyst", submission("BPL-2", "BLACKPOOL",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zebedee Otherarea\",\"aliases\":[\"Zed\"],"
                        + "\"identifiers\":{\"PNC\":\"99/123456Z\"}},"
                        + "{\"ref\":\"n\",\"type\":\"NETWORK\",\"name\":\"Otherarea Crew\",\"networkType\":\"GANG\"},"
                        + "{\"ref\":\"ph\",\"type\":\"PHONE\",\"number\":\"07700 900777\"}",
                "{\"from\":\"p\",\"to\":\"n\",\"type\":\"MEMBER_OF\"},{\"from\":\"p\",\"to\":\"ph\",\"type\":\"USES\"}", "", "Blackpool"));
        String person = ids(blackpool).get("p").asText();
        String east = submitAs("mace-east", submission("EAST-2", "LANCS_EAST",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Zeb Eastname\",\"identifiers\":{\"PNC\":\"99/123456Z\"}}",
                "", "", "East"));

        JsonNode asEast = client.get("/api/entities/" + person, "mace-east").body();
        String eastNetwork = client.get("/api/network/" + person + "?depth=2", "mace-east").raw();
        JsonNode asBlackpool = client.get("/api/entities/" + person, "mace").body();
        JsonNode asAnalyst = client.get("/api/entities/" + person, "analyst").body();

        assertThat(ids(east).get("p").asText()).as("identity is resolved for everyone").isEqualTo(person);
        assertThat(asEast.get("label").asText()).isEqualTo("Zeb Eastname");
        assertThat(asEast.get("properties").get("knownTo")).extracting(JsonNode::asText).containsExactly("BLACKPOOL");
        assertThat(asEast.toString()).doesNotContain("Zebedee").doesNotContain("Zed\"").doesNotContain("Otherarea").doesNotContain("900777");
        assertThat(asEast.get("links")).isEmpty();
        assertThat(eastNetwork).doesNotContain("Otherarea").doesNotContain("900777").doesNotContain("MEMBER_OF");
        assertThat(asBlackpool.toString()).as("East's alias is East's fact").doesNotContain("Eastname");
        assertThat(asAnalyst.get("properties").get("aliases")).extracting(JsonNode::asText).contains("Zed", "Zeb Eastname");
    }

    @Test
    void shouldKeepAnotherAreasIncidentsInACountyWideLogClosed() {
        String log = submitAs("analyst", submission("LOG-1", null, "", "",
                "{\"ref\":\"b\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-01T20:00:00Z\",\"lat\":53.8175,\"lon\":-3.0357,"
                        + "\"summary\":\"Blackpool concern on Otherarea Street\"},"
                        + "{\"ref\":\"e\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-02T20:00:00Z\",\"lat\":53.7890,\"lon\":-2.2430,"
                        + "\"summary\":\"Burnley concern\"}", "County log"));
        JsonNode incidents = LinkmapClient.json(log).get("incidents");
        String submissionId = LinkmapClient.json(log).get("submissionId").asText();

        LinkmapClient.Reply blackpoolIncident = client.get("/api/entities/" + incidents.get("b").asText(), "mace-east");
        LinkmapClient.Reply eastIncident = client.get("/api/entities/" + incidents.get("e").asText(), "mace-east");
        String submission = client.get("/api/submissions/" + submissionId, "mace-east").raw();
        JsonNode summary = client.get("/api/incidents/summary", "mace-east").body();
        JsonNode map = client.get("/api/incidents", "mace-east").body();

        assertThat(blackpoolIncident.status()).isEqualTo(403);
        assertThat(blackpoolIncident.raw()).doesNotContain("Otherarea");
        assertThat(eastIncident.status()).isEqualTo(200);
        assertThat(submission).contains("Burnley concern").doesNotContain("Otherarea").contains("restricted");
        assertThat(map.get("features")).hasSize(1);
        assertThat(summary.get("count").asLong()).isEqualTo(1);
        assertThat(client.get("/api/incidents/summary", "analyst").body().get("count").asLong()).isEqualTo(2);
    }

    @Test
    void shouldTakeAChildsIdentityOutOfEveryTextAMaceMemberReads() {
        String child = "{\"ref\":\"c\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Dana Fictional\",\"dob\":\"2011-02-03\","
                + "\"identifiers\":{\"LCS\":\"LCS-990101\"}}";
        String brother = "{\"ref\":\"b\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Rory Sample\",\"aliases\":[\"Dana Fictional's brother\"]}";
        String flat = "{\"ref\":\"l\",\"type\":\"LOCATION\",\"name\":\"Dana Fictional's flat\",\"locationType\":\"RESIDENTIAL\","
                + "\"address\":\"Flat 2, home of Dana Fictional, Blackpool\",\"lat\":53.8175,\"lon\":-3.0357}";
        String receipt = submitAs("analyst", submission("BPL-3", "BLACKPOOL", child + "," + brother + "," + flat,
                "{\"from\":\"b\",\"to\":\"c\",\"type\":\"ASSOCIATES_WITH\"},{\"from\":\"c\",\"to\":\"l\",\"type\":\"LIVES_AT\"}",
                "{\"ref\":\"i\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-01T20:00:00Z\",\"location\":\"l\","
                        + "\"involved\":[{\"ref\":\"c\",\"role\":\"VICTIM\"}],\"summary\":\"Dana seen with an older male, DOB 03/02/2011, LCS-990101\"}",
                "Dana Fictional (DOB 03/02/2011, LCS-990101) is at risk."));
        JsonNode ids = ids(receipt);
        String incident = LinkmapClient.json(receipt).get("incidents").get("i").asText();

        List<String> replies = new ArrayList<>();
        for (String path : List.of("/api/entities/" + ids.get("b").asText(), "/api/entities/" + ids.get("l").asText(),
                "/api/entities/" + incident, "/api/entities/" + ids.get("c").asText(), "/api/network/" + ids.get("b").asText() + "?depth=2",
                "/api/search?q=Dana", "/api/search?q=Rory", "/api/search?q=flat",
                "/api/submissions/" + LinkmapClient.json(receipt).get("submissionId").asText())) {
            LinkmapClient.Reply reply = client.get(path, "mace");
            assertThat(reply.status()).as(path).isEqualTo(200);
            replies.add(reply.raw());
        }
        String analyst = client.get("/api/entities/" + ids.get("b").asText(), "analyst").raw();

        assertThat(analyst).contains("Dana Fictional's brother");
        assertThat(String.join("\n", replies)).doesNotContain("Dana").doesNotContain("Fictional").doesNotContain("990101")
                .doesNotContain("03/02/2011").doesNotContain("2011-02-03").doesNotContain("nameKeys").contains("Child ");
        assertThat(replies.get(6)).contains("Rory Sample");
    }

    @Test
    void shouldRedactEarlierRecordsOfAPersonMarkedAChildLater() {
        String first = submitAs("analyst", submission("BPL-4", "BLACKPOOL",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"name\":\"Evie Laterchild\",\"dob\":\"2010-06-07\",\"identifiers\":{\"LCS\":\"LCS-777001\"}}",
                "", "", "Evie Laterchild reported."));
        submitAs("analyst", submission("BPL-5", "BLACKPOOL",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Evie Laterchild\",\"identifiers\":{\"LCS\":\"LCS-777001\"}}",
                "", "", "Now known to be a child."));

        String asMace = client.get("/api/submissions/" + LinkmapClient.json(first).get("submissionId").asText(), "mace").raw();

        assertThat(asMace).doesNotContain("Evie").doesNotContain("Laterchild").doesNotContain("777001").doesNotContain("2010-06-07")
                .contains("Child ");
    }

    @Test
    void shouldKeepChildrensNamesOutOfTheAuditTrailAdminsRead() {
        submitAs("analyst", submission("BPL-6", "BLACKPOOL",
                "{\"ref\":\"c\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Gwen Auditchild\"}", "", "", "x"));
        client.get("/api/search?q=Gwen%20Auditchild", "analyst");

        String trail = client.get("/api/audit?limit=500", "admin").raw();

        assertThat(trail).contains("SEARCH").contains("/api/search").doesNotContain("Gwen").doesNotContain("Auditchild");
    }

    @Test
    void shouldGiveDifferentChildrenDifferentPseudonyms() {
        StringBuilder children = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            children.append(i == 0 ? "" : ",").append("{\"ref\":\"c").append(i)
                    .append("\",\"type\":\"PERSON\",\"roles\":[\"CHILD\"],\"name\":\"Child Number").append((char) ('a' + i % 26)).append(i / 26).append("\"}");
        }
        JsonNode receipt = ids(submitAs("analyst", submission("BPL-7", "BLACKPOOL", children.toString(), "", "", "many")));
        java.util.Set<String> pseudonyms = new java.util.HashSet<>();
        receipt.forEach(id -> pseudonyms.add(client.get("/api/entities/" + id.asText(), "mace").body().get("label").asText()));

        assertThat(pseudonyms).hasSize(40).allMatch(p -> p.matches("Child [0-9A-Z]{5}-[0-9A-Z]{5}"));
    }

    @Test
    void shouldDropFromAnExportTheNodesOnlyWithheldLinksReach() {
        String open = submitAs("analyst", submission("BPL-8", "BLACKPOOL",
                "{\"ref\":\"p\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Root Person\"},"
                        + "{\"ref\":\"v\",\"type\":\"VEHICLE\",\"vrm\":\"OP19 ENN\"}",
                "{\"from\":\"p\",\"to\":\"v\",\"type\":\"USES\"}", "", "open"));
        String root = ids(open).get("p").asText();
        String conditional = submission("BPL-9", "BLACKPOOL",
                "{\"ref\":\"p\",\"id\":\"" + root + "\"},{\"ref\":\"q\",\"type\":\"PERSON\",\"roles\":[\"POI\"],\"name\":\"Conditional Contact\"}",
                "{\"from\":\"p\",\"to\":\"q\",\"type\":\"ASSOCIATES_WITH\"}", "", "conditional")
                .replace("\"handling\":\"P\"", "\"handling\":\"C\",\"conditions\":\"Not to be shared outside the police\"");
        String hidden = ids(submitAs("analyst", conditional)).get("q").asText();

        String withheld = client.get("/api/network/" + root + "/export?depth=1&format=csv", "analyst").raw()
                + client.get("/api/network/" + root + "/export?depth=1&format=graphml", "analyst").raw();
        String stated = client.get("/api/network/" + root + "/export?depth=1&format=graphml&conditionsMet=true", "analyst").raw();

        assertThat(withheld).contains("OP19ENN").doesNotContain(hidden).doesNotContain("Conditional Contact");
        assertThat(stated).contains(hidden).contains("Conditional Contact");
    }
}
