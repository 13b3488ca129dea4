package org.linkmap.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.mace.Fixtures;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The problem profile on known data, July to September 2026 (previous period of the same length: 31 March to
 * 30 June). Every figure below is worked out by hand from these four submissions.
 *
 * <ul>
 *   <li>A, police, MACE Blackpool, 10 August: child c1 (born 2011, taken as 1 July 2011, so 15 on 30 September;
 *   F, HIGH, CSE); persons of interest p1 (M, PNC-1) and p2 (M, PNC-2); the Seaview Hotel (HOTEL), run by Seaview
 *   Hotels Ltd (an organisation of type HOTEL); Prom Cabs (TAXI_FIRM), p1 drives for it; the Seafront Crew
 *   (ORGANISED_GROUP), p1 and p2 members; p1 EXPLOITS c1. Incidents: c1 missing at the hotel on 1 and 15 August,
 *   and on 1 September at a point nearby; p1 seen at the hotel on 20 August.</li>
 *   <li>B, Blackpool social care, direct, 5 September: child c2 (born 15 October 2009, so 16 on 30 September: a
 *   year-only reckoning would say 17; no gender, risk level or flag), a concern at the Chip Shop (TAKEAWAY) on
 *   4 September, and one nearby on 20 June (the previous period).</li>
 *   <li>C, police, MACE Lancashire East, 11 August: child c3 (born 2011, F, HIGH, CSE) missing in Burnley on 9 August.</li>
 *   <li>D, police, operational group Lancashire East, 10 September: p1 again (PNC-1) under another spelling,
 *   "Ian Profyle", seen in Burnley on 9 September.</li>
 * </ul>
 */
@HarnessTest
class ProblemProfileTest extends ApiTestSupport {

    static final double LAT = 53.815;
    static final double LON = -3.040;
    static final String PERIOD = "&from=2026-07-01&to=2026-09-30";
    static final String PSEUDONYM = "Child [0-9A-Z]{5}-[0-9A-Z]{5}";

    @BeforeEach
    void sendTheFourSubmissions() {
        new Fixtures.Submission("A", "LANCASHIRE_POLICE", "2026-08-10T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Ruby Profile", "LCS-1").poi("p", "Ian Profile", "PNC-1").poi("q", "Dean Profile", "PNC-2")
                .location("h", "Seaview Hotel (fictional)", "HOTEL", LAT, LON)
                .entity("{\"ref\": \"op\", \"type\": \"ORGANISATION\", \"name\": \"Seaview Hotels Ltd (fictional)\", \"orgType\": \"HOTEL\"}")
                .entity("{\"ref\": \"cab\", \"type\": \"ORGANISATION\", \"name\": \"Prom Cabs (fictional)\", \"orgType\": \"TAXI_FIRM\"}")
                .entity("{\"ref\": \"n\", \"type\": \"NETWORK\", \"name\": \"Seafront Crew (fictional)\", \"networkType\": \"ORGANISED_GROUP\"}")
                .link("p", "c", "EXPLOITS").link("op", "h", "OPERATES").link("p", "cab", "WORKS_FOR")
                .link("p", "n", "MEMBER_OF").link("q", "n", "MEMBER_OF")
                .incidentAt("MISSING_EPISODE", "2026-08-01T22:00:00Z", "h", "c", "MISSING_PERSON")
                .incidentAt("MISSING_EPISODE", "2026-08-15T22:00:00Z", "h", "c", "MISSING_PERSON")
                .incident("MISSING_EPISODE", "2026-09-01T22:00:00Z", LAT + 0.0002, LON, "c", "MISSING_PERSON")
                .incidentAt("SIGHTING", "2026-08-20T23:00:00Z", "h", "p", "SUSPECT").send(client);
        new Fixtures.Submission("B", "BLACKPOOL_CSC", "2026-09-05T09:00:00Z").forum("DIRECT", "BLACKPOOL")
                .entity("{\"ref\": \"c\", \"type\": \"PERSON\", \"roles\": [\"CHILD\"], \"name\": \"Sally Plain\", \"dob\": \"2009-10-15\", "
                        + "\"identifiers\": {\"LCS\": \"LCS-2\"}}")
                .location("t", "Chip Shop (fictional)", "TAKEAWAY", LAT + 0.0001, LON)
                .incidentAt("CONCERN", "2026-09-04T16:00:00Z", "t", "c", "VICTIM")
                .incident("CONCERN", "2026-06-20T16:00:00Z", LAT + 0.0001, LON - 0.0001, "c", "VICTIM").send(client);
        new Fixtures.Submission("C", "LANCASHIRE_POLICE", "2026-08-11T09:00:00Z").forum("MACE", "LANCS_EAST")
                .child("c", "Nell Eastern", "LCS-3")
                .incident("MISSING_EPISODE", "2026-08-09T21:00:00Z", 53.789, -2.248, "c", "MISSING_PERSON").send(client);
        new Fixtures.Submission("D", "LANCASHIRE_POLICE", "2026-09-10T09:00:00Z").forum("OPERATIONAL_GROUP", "LANCS_EAST")
                .poi("p", "Ian Profyle", "PNC-1")
                .incident("SIGHTING", "2026-09-09T21:00:00Z", 53.7892, -2.2482, "p", "SUSPECT").send(client);
    }

    @Test
    void shouldCountBlackpoolsVictimsOffendersGroupsBusinessesAndNeighbourhoods() {
        JsonNode profile = client.get("/api/reports/problem-profile?area=BLACKPOOL" + PERIOD, "analyst").body();

        // Victims: c1 and c2 (on the ground through incidents and submissions A and B); c3 lives in the East.
        JsonNode victims = profile.get("victims");
        assertThat(victims.get("total").asInt()).isEqualTo(2);
        assertThat(counts(victims.get("byAgeBand"))).isEqualTo(Map.of("0-9", 0, "10-13", 0, "14-15", 1, "16-17", 1, "18-25", 0,
                "over 25", 0, "unknown", 0));
        assertThat(counts(victims.get("byGender"))).isEqualTo(Map.of("F", 1, "M", 0, "X", 0, "U", 0, "NOT_RECORDED", 1));
        assertThat(counts(victims.get("byRiskLevel"))).isEqualTo(Map.of("LOW", 0, "MEDIUM", 0, "HIGH", 1, "NOT_RECORDED", 1));
        assertThat(counts(victims.get("byExploitationType"))).isEqualTo(Map.of("CSE", 1, "CCE", 0, "MSHT", 0, "NOT_RECORDED", 1));
        // c1's three missing episodes in the period; she is the one child missing three times or more.
        assertThat(victims.get("missingEpisodes").toString()).isEqualTo("{\"episodes\":3,\"children\":1,\"repeatChildren\":1}");
        // Most affected first: c1 (3 incidents, 3 missing, 1 submission), then c2 (the 4 September concern; June's is before).
        assertThat(rows(victims.get("mostAffected"), "child", "incidents", "missingEpisodes", "submissions"))
                .containsExactly("Ruby Profile 3 3 1", "Sally Plain 1 0 1");

        // Offenders: p1 (exploits c1, the sighting, A) and p2 (A only); both members of the Seafront Crew.
        JsonNode offenders = profile.get("offenders");
        assertThat(offenders.get("total").asInt()).isEqualTo(2);
        assertThat(offenders.get("byAgeBand").get("unknown").asInt()).isEqualTo(2);
        assertThat(offenders.get("byGender").get("M").asInt()).isEqualTo(2);
        assertThat(offenders.get("exploitingChildren").asInt()).isEqualTo(1);
        assertThat(offenders.get("inGroups").asInt()).isEqualTo(2);
        assertThat(rows(offenders.get("top"), "person", "childrenLinked", "incidents", "submissions"))
                .containsExactly("Ian Profile 1 1 1", "Dean Profile 0 0 1");
        assertThat(offenders.get("top").get(0).get("networks").get(0).get("label").asText()).isEqualTo("Seafront Crew (fictional)");

        // Groups: the Seafront Crew, two members, no children among them, one incident on the ground (the sighting).
        JsonNode groups = profile.get("groups");
        assertThat(groups.get("total").asInt()).isEqualTo(1);
        assertThat(groups.get("byType").get("ORGANISED_GROUP").asInt()).isEqualTo(1);
        assertThat(rows(groups.get("networks"), "network", "members", "children", "incidents"))
                .containsExactly("Seafront Crew (fictional) 2 0 1");

        // Businesses: the hotel (three incidents there, c1 in two of them) and its operator alike; the Chip Shop (c2's
        // concern); Prom Cabs (its driver p1's sighting, no child in it). Equal counts fall back on the name.
        JsonNode businesses = profile.get("highRiskBusinesses");
        assertThat(businesses.get("total").asInt()).isEqualTo(4);
        assertThat(counts(businesses.get("byCategory"))).isEqualTo(Map.of("HOTEL", 2, "TAKEAWAY", 1, "TAXI", 1, "LICENSED_PREMISES", 0));
        assertThat(rows(businesses.get("businesses"), "business", "category", "incidents", "children")).containsExactly(
                "Seaview Hotel (fictional) HOTEL 3 1", "Seaview Hotels Ltd (fictional) HOTEL 3 1",
                "Chip Shop (fictional) TAKEAWAY 1 1", "Prom Cabs (fictional) TAXI 1 0");

        // Neighbourhoods: the five incidents of the period within 25 m form one DBSCAN hotspot (eps 150, 5 points);
        // June's concern lies inside it: 1 before, 5 now, z = 4 / sqrt(6) = 1.63 < 1.96, so steady, not rising.
        JsonNode hotspots = profile.get("neighbourhoods").get("hotspots");
        assertThat(hotspots).hasSize(1);
        JsonNode top = hotspots.get(0);
        assertThat(List.of(top.get("rank").asInt(), top.get("incidentCount").asInt(), top.get("childCount").asInt(),
                top.get("personOfInterestCount").asInt())).containsExactly(1, 5, 2, 1);
        assertThat(top.get("trend").get("previous").asInt()).isEqualTo(1);
        assertThat(top.get("trend").get("current").asInt()).isEqualTo(5);
        assertThat(top.get("trend").get("previousFrom").asText()).isEqualTo("2026-03-31");
        assertThat(top.get("trend").get("changePercent").asDouble()).isEqualTo(400.0);
        assertThat(top.get("direction").asText()).isEqualTo("STEADY");
        assertThat(top.get("gridReference").asText()).startsWith("SD 3");
    }

    @Test
    void shouldShowAMaceMemberOnlyItsAreasWithChildrenPseudonymisedAndCountOnlyFactsInItsView() {
        JsonNode blackpool = client.get("/api/reports/problem-profile?area=BLACKPOOL" + PERIOD, "mace").body();
        JsonNode mostAffected = blackpool.get("victims").get("mostAffected");
        assertThat(mostAffected.get(0).get("child").get("label").asText()).matches(PSEUDONYM);
        assertThat(blackpool.toString()).doesNotContain("Ruby").doesNotContain("Sally");
        assertThat(blackpool.get("victims").get("total").asInt()).isEqualTo(2);
        assertThat(client.count("MATCH (e:AuditEntry {action: 'READ_PROBLEM_PROFILE', user: 'mace'}) RETURN count(e)", Map.of()))
                .isEqualTo(1);
        assertThat(client.get("/api/reports/problem-profile?area=BLACKPOOL" + PERIOD, "mace-east").status()).isEqualTo(403);
        assertThat(client.get("/api/reports/problem-profile?area=LANCS_EAST" + PERIOD, "mace").status()).isEqualTo(403);

        // Lancashire East, as the analyst sees it: c3; p1 through D, with A's link to c1 and A's membership of the crew.
        JsonNode east = client.get("/api/reports/problem-profile?area=LANCS_EAST" + PERIOD, "analyst").body();
        assertThat(east.get("victims").get("total").asInt()).isEqualTo(1);
        assertThat(rows(east.get("offenders").get("top"), "person", "childrenLinked", "incidents", "submissions"))
                .containsExactly("Ian Profile 1 1 1");
        assertThat(east.get("groups").get("total").asInt()).isEqualTo(1);

        // As Lancashire East's own member sees it: A is Blackpool's, so p1 is "Ian Profyle" as D named him, linked to
        // no child and in no group; c3 by pseudonym.
        JsonNode own = client.get("/api/reports/problem-profile?area=LANCS_EAST" + PERIOD, "mace-east").body();
        assertThat(own.get("victims").get("total").asInt()).isEqualTo(1);
        assertThat(own.get("victims").get("mostAffected").get(0).get("child").get("label").asText()).matches(PSEUDONYM);
        assertThat(own.get("victims").get("missingEpisodes").get("episodes").asInt()).isEqualTo(1);
        assertThat(rows(own.get("offenders").get("top"), "person", "childrenLinked", "incidents", "submissions"))
                .containsExactly("Ian Profyle 0 1 1");
        assertThat(own.get("offenders").get("exploitingChildren").asInt()).isZero();
        assertThat(own.get("offenders").get("inGroups").asInt()).isZero();
        assertThat(own.get("groups").get("total").asInt()).isZero();
        assertThat(own.toString()).doesNotContain("Seafront").doesNotContain("Ian Profile\"");
    }

    @Test
    void shouldRefuseBadAreasAndDatesNamingTheField() {
        assertThat(field("/api/reports/problem-profile")).isEqualTo("area");
        assertThat(field("/api/reports/problem-profile?area=NOWHERE")).isEqualTo("area");
        assertThat(field("/api/reports/problem-profile?area=BLACKPOOL&from=2026-13-01")).isEqualTo("from");
        assertThat(field("/api/reports/problem-profile?area=BLACKPOOL&to=yesterday")).isEqualTo("to");
        assertThat(field("/api/reports/problem-profile?area=BLACKPOOL&from=2026-10-01&to=2026-09-01")).isEqualTo("to");
        assertThat(field("/api/reports/problem-profile?area=BLACKPOOL&from=2020-01-01&to=2026-01-01")).isEqualTo("to");
        assertThat(client.get("/api/reports/problem-profile?area=BLACKPOOL", "agency").status()).isEqualTo(403);
    }

    private String field(String path) {
        var reply = client.get(path, "analyst");
        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        return reply.body().get("errors").get(0).get("field").asText();
    }

    private static Map<String, Integer> counts(JsonNode object) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        object.properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    /** Each row as its node's label followed by the named figures, space-separated. */
    private static List<String> rows(JsonNode array, String node, String... figures) {
        List<String> rows = new ArrayList<>();
        for (JsonNode row : array) {
            StringBuilder line = new StringBuilder(row.get(node).get("label").asText());
            for (String figure : figures) {
                line.append(' ').append(row.get(figure).asText());
            }
            rows.add(line.toString());
        }
        return rows;
    }
}
