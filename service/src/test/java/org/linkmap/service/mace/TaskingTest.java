package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/** Taskings: RAG from the due date, the agency rule, the area rule, notes with history, and bad input. */
@HarnessTest
class TaskingTest extends ApiTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String SQUARE = "{\"type\": \"Polygon\", \"coordinates\": [[[-3.045, 53.81], [-3.035, 53.81], "
            + "[-3.035, 53.82], [-3.045, 53.82], [-3.045, 53.81]]]}";
    /** Central Manchester, outside every area of the county. */
    private static final String MANCHESTER = "{\"type\": \"Polygon\", \"coordinates\": [[[-2.25, 53.475], [-2.235, 53.475], "
            + "[-2.235, 53.485], [-2.25, 53.485], [-2.25, 53.475]]]}";

    private String child;

    @BeforeEach
    void referAChild() {
        child = new Fixtures.Submission("R-1", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "BLACKPOOL")
                .child("c", "Tasha Example", "LCS-1").send(client).get("entities").get("c").asText();
    }

    @Test
    void shouldRateTaskingsRedWhenOverdueAmberWithinSevenDaysAndGreenOtherwise() {
        String red = create(child, "BLACKPOOL_CSC", TODAY.minusDays(1));
        String amberToday = create(child, "BLACKPOOL_CSC", TODAY);
        String amberLast = create(child, "BLACKPOOL_CSC", TODAY.plusDays(7));
        String green = create(child, "LANCASHIRE_POLICE", TODAY.plusDays(8));

        assertThat(rag(red)).isEqualTo("RED");
        assertThat(rag(amberToday)).isEqualTo("AMBER");
        assertThat(rag(amberLast)).isEqualTo("AMBER");
        assertThat(rag(green)).isEqualTo("GREEN");
        assertThat(Fixtures.texts(client.get("/api/taskings?overdue=true", "mace").body().get("items"), "id")).containsExactly(red);
        client.patch("/api/taskings/" + red, "mace", "{\"status\": \"DONE\", \"note\": \"Visited; plan agreed\"}");
        assertThat(rag(red)).isEqualTo("GREEN");
    }

    @Test
    void shouldLetAnAgencySeeAndUpdateOnlyItsOwnAgencysTaskings() {
        String own = create(child, "BLACKPOOL_CSC", TODAY.plusDays(20));
        String other = create(child, "LANCASHIRE_POLICE", TODAY.plusDays(20));

        JsonNode list = client.get("/api/taskings", "agency").body();
        assertThat(Fixtures.texts(list.get("items"), "id")).containsExactly(own);
        assertThat(list.get("items").get(0).get("target").get("label").asText()).matches("Child [0-9A-Z]{5}-[0-9A-Z]{5}");
        assertThat(client.get("/api/taskings?agency=LANCASHIRE_POLICE", "agency").status()).isEqualTo(403);
        assertThat(client.get("/api/taskings/" + other, "agency").status()).isEqualTo(403);
        assertThat(client.patch("/api/taskings/" + other, "agency", "{\"status\": \"DONE\"}").status()).isEqualTo(403);
        assertThat(client.get("/api/taskings/" + other, "mace").body().get("status").asText()).isEqualTo("OPEN");

        JsonNode updated = client.patch("/api/taskings/" + own, "agency", "{\"status\": \"IN_PROGRESS\", \"note\": \"Allocated to a worker\"}").body();
        assertThat(updated.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(updated.get("notes")).hasSize(2);
        assertThat(updated.get("notes").get(1).get("note").asText()).isEqualTo("Allocated to a worker");
        assertThat(updated.get("notes").get(1).get("by").asText()).isEqualTo("agency");
        assertThat(updated.get("notes").get(0).get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void shouldPageTaskingsSoonestDueFirstCountingAllThatMatch() {
        String first = create(child, "BLACKPOOL_CSC", TODAY.minusDays(3));
        String second = create(child, "BLACKPOOL_CSC", TODAY.minusDays(1));
        String third = create(child, "BLACKPOOL_CSC", TODAY.plusDays(9));

        JsonNode page = client.get("/api/taskings?limit=1&offset=1", "mace").body();
        assertThat(page.get("total").asInt()).isEqualTo(3);
        assertThat(Fixtures.texts(page.get("items"), "id")).containsExactly(second);
        assertThat(page.get("items").get(0).get("notes")).hasSize(1);
        assertThat(Fixtures.texts(client.get("/api/taskings?limit=2", "mace").body().get("items"), "id")).containsExactly(first, second);
        JsonNode past = client.get("/api/taskings?offset=5", "mace").body();
        assertThat(past.get("total").asInt()).isEqualTo(3);
        assertThat(past.get("items")).isEmpty();

        client.patch("/api/taskings/" + first, "mace", "{\"status\": \"DONE\"}");
        JsonNode overdue = client.get("/api/taskings?overdue=true&limit=5", "mace").body();
        assertThat(overdue.get("total").asInt()).isEqualTo(1);
        assertThat(Fixtures.texts(overdue.get("items"), "id")).containsExactly(second);
        assertThat(client.get("/api/taskings?status=OPEN&offset=1", "mace").body().get("items").get(0).get("id").asText()).isEqualTo(third);
        assertThat(client.get("/api/taskings?agency=NOBODY", "mace").body().get("total").asInt()).isZero();
    }

    @Test
    void shouldRefuseAnUpdateOnceATaskingsHistoryIsFullAndWriteNothing() {
        String tasking = create(child, "BLACKPOOL_CSC", TODAY.plusDays(20));
        try (var session = driver.session()) {
            session.run("MATCH (t:Tasking {id: $id}) UNWIND range(2, $max) AS i "
                    + "CREATE (t)-[:HAS_UPDATE]->(:TaskingUpdate {at: datetime(), by: 'mace', status: 'OPEN', note: 'Note ' + i})",
                    java.util.Map.of("id", tasking, "max", Taskings.MAX_UPDATES)).consume();
        }
        long[] before = client.graphSize();

        LinkmapClient.Reply refused = client.patch("/api/taskings/" + tasking, "agency", "{\"status\": \"DONE\", \"note\": \"One more\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asText()).contains("raise a new tasking");
        assertThat(client.graphSize()).isEqualTo(before);
        assertThat(client.get("/api/taskings/" + tasking, "mace").body().get("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void shouldLeaveCancellingATaskingToTheMeeting() {
        String own = create(child, "BLACKPOOL_CSC", TODAY.plusDays(20));

        LinkmapClient.Reply refused = client.patch("/api/taskings/" + own, "agency", "{\"status\": \"CANCELLED\", \"note\": \"Not ours\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("detail").asText()).startsWith("status:");
        JsonNode unchanged = client.get("/api/taskings/" + own, "mace").body();
        assertThat(unchanged.get("status").asText()).isEqualTo("OPEN");
        assertThat(unchanged.get("notes")).hasSize(1);

        assertThat(client.patch("/api/taskings/" + own, "agency", "{\"status\": \"DONE\"}").body().get("status").asText()).isEqualTo("DONE");
        assertThat(client.patch("/api/taskings/" + own, "agency", "{\"status\": \"IN_PROGRESS\"}").body().get("status").asText())
                .isEqualTo("IN_PROGRESS");
        assertThat(client.patch("/api/taskings/" + own, "mace", "{\"status\": \"CANCELLED\"}").body().get("status").asText())
                .isEqualTo("CANCELLED");
        assertThat(client.patch("/api/taskings/" + own, "agency", "{\"status\": \"OPEN\"}").status()).isEqualTo(403);
        JsonNode noted = client.patch("/api/taskings/" + own, "agency", "{\"status\": \"CANCELLED\", \"note\": \"Closed our file\"}").body();
        assertThat(noted.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(noted.get("notes").get(noted.get("notes").size() - 1).get("note").asText()).isEqualTo("Closed our file");
    }

    @Test
    void shouldKeepAnAreasTaskingsFromMembersOfOtherAreas() {
        String tasking = create(child, "BLACKPOOL_CSC", TODAY.plusDays(20));

        assertThat(client.get("/api/taskings", "mace-east").body().get("total").asInt()).isZero();
        assertThat(client.get("/api/taskings/" + tasking, "mace-east").status()).isEqualTo(403);
        assertThat(client.post("/api/taskings", "mace-east", Fixtures.tasking(child, "Visit", "BLACKPOOL_CSC", "2026-12-31")).status())
                .isEqualTo(403);
        assertThat(client.get("/api/taskings", "analyst").body().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void shouldTaskAgainstAHotspotOutline() {
        LinkmapClient.Reply reply = client.post("/api/taskings", "mace", "{\"target\": {\"hotspot\": " + SQUARE + "}, "
                + "\"action\": \"Targeted patrols\", \"assignedTo\": \"LANCASHIRE_POLICE\", \"due\": \"2026-12-31\"}");

        assertThat(reply.status()).as(reply.raw()).isEqualTo(201);
        assertThat(reply.body().get("target").get("hotspot").get("type").asText()).isEqualTo("Polygon");
        assertThat(reply.body().get("areas").get(0).asText()).isEqualTo("BLACKPOOL");
        assertThat(client.get("/api/taskings", "mace-east").body().get("total").asInt()).isZero();
    }

    @Test
    void shouldHoldATaskingOfNoAreaInItsRaisersAreasAndShowNoOtherMemberOneOfNoArea() {
        String byMember = Fixtures.id(client.post("/api/taskings", "mace", outsideEveryArea("Joint patrol with GMP")));
        // As a member with no area limit (county-wide) holds one: in no area.
        String ofNoArea = Fixtures.id(client.post("/api/taskings", "mace", outsideEveryArea("Ask GMP for intelligence")));
        try (var session = driver.session()) {
            session.run("MATCH (t:Tasking {id: $id}) SET t.areas = []", java.util.Map.of("id", ofNoArea)).consume();
        }

        assertThat(Fixtures.texts(client.get("/api/taskings/" + byMember, "mace").body().get("areas"), null))
                .containsExactly("BLACKPOOL", "LANCS_CENTRAL", "LANCS_NORTH");
        assertThat(Fixtures.texts(client.get("/api/taskings", "mace").body().get("items"), "id")).containsExactly(byMember);
        assertThat(client.get("/api/taskings/" + ofNoArea, "mace").status()).isEqualTo(403);
        assertThat(client.get("/api/taskings", "mace-east").body().get("total").asInt()).isZero();
        assertThat(client.get("/api/taskings/" + byMember, "mace-east").status()).isEqualTo(403);
        assertThat(client.get("/api/taskings", "analyst").body().get("total").asInt()).isEqualTo(2);

        String disruption = Fixtures.id(client.post("/api/disruptions", "mace", "{\"tactic\": \"VISIT\", \"date\": \""
                + TODAY + "\", \"target\": {\"hotspot\": " + MANCHESTER + "}}"));
        assertThat(Fixtures.texts(client.get("/api/disruptions/" + disruption, "mace").body().get("areas"), null))
                .containsExactly("BLACKPOOL", "LANCS_CENTRAL", "LANCS_NORTH");
        assertThat(client.get("/api/disruptions", "mace-east").body().get("total").asInt()).isZero();
        assertThat(client.get("/api/disruptions/" + disruption, "mace-east").status()).isEqualTo(403);
    }

    @Test
    void shouldHoldATaskingInTheRaisersOwnAreasOfATargetOtherAreasAlsoKnow() {
        new Fixtures.Submission("E-1", "LANCASHIRE_POLICE", "2026-10-02T09:00:00Z").forum("MACE", "LANCS_EAST")
                .child("c", "Tasha Example", "LCS-1").send(client);
        LinkmapClient.Reply east = client.post("/api/taskings", "mace-east", Fixtures.tasking(child, "East's own plan", "BLACKPOOL_CSC", "2026-12-31"));
        assertThat(east.status()).as(east.raw()).isEqualTo(201);

        assertThat(Fixtures.texts(east.body().get("areas"), null)).containsExactly("LANCS_EAST");
        assertThat(client.get("/api/taskings/" + Fixtures.id(east), "mace").status()).isEqualTo(403);
        assertThat(client.patch("/api/taskings/" + Fixtures.id(east), "mace", "{\"status\": \"CANCELLED\"}").status()).isEqualTo(403);
        assertThat(client.get("/api/taskings", "mace").body().get("total").asInt()).isZero();
        assertThat(client.post("/api/disruptions", "mace", "{\"tactic\": \"VISIT\", \"date\": \"" + TODAY + "\", \"taskingId\": \""
                + Fixtures.id(east) + "\"}").status()).isEqualTo(403);
    }

    @Test
    void shouldHoldAnAgencysDisruptionWhereItsTaskingIsWhateverTargetItNames() {
        String own = create(child, "BLACKPOOL_CSC", TODAY.plusDays(20));
        String burnley = "{\"type\": \"Polygon\", \"coordinates\": [[[-2.25, 53.785], [-2.24, 53.785], [-2.24, 53.795], "
                + "[-2.25, 53.795], [-2.25, 53.785]]]}";
        LinkmapClient.Reply recorded = client.post("/api/disruptions", "agency", "{\"tactic\": \"VISIT\", \"date\": \"" + TODAY
                + "\", \"taskingId\": \"" + own + "\", \"target\": {\"hotspot\": " + burnley + "}}");
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);

        assertThat(Fixtures.texts(recorded.body().get("areas"), null))
                .isEqualTo(Fixtures.texts(client.get("/api/taskings/" + own, "mace").body().get("areas"), null));
        assertThat(client.get("/api/disruptions/" + Fixtures.id(recorded), "mace-east").status()).isEqualTo(403);
    }

    private static String outsideEveryArea(String action) {
        return "{\"target\": {\"hotspot\": " + MANCHESTER + "}, \"action\": \"" + action
                + "\", \"assignedTo\": \"LANCASHIRE_POLICE\", \"due\": \"2026-12-31\"}";
    }

    @Test
    void shouldRefuseBadTaskingsNamingEachFieldAndWriteNothing() {
        long[] before = client.graphSize();
        JsonNode errors = client.post("/api/taskings", "mace", "{\"target\": {\"id\": \"00000000-0000-0000-0000-000000000000\"}, "
                + "\"assignedTo\": \"blackpool csc\", \"due\": \"31/12/2026\"}").body().get("errors");
        assertThat(Fixtures.texts(errors, "field")).containsExactlyInAnyOrder("action", "assignedTo", "due", "target.id");

        String open = "{\"target\": {\"hotspot\": {\"type\": \"Polygon\", \"coordinates\": [[[-3.06, 53.81], [-3.05, 53.81], [-3.05, 53.82]]]}}, "
                + "\"action\": \"Patrol\", \"assignedTo\": \"LANCASHIRE_POLICE\", \"due\": \"2026-12-31\"}";
        assertThat(Fixtures.texts(client.post("/api/taskings", "mace", open).body().get("errors"), "field"))
                .containsExactly("target.hotspot.coordinates");
        assertThat(Fixtures.texts(client.post("/api/taskings", "mace", "{\"action\": 7}").body().get("errors"), "field"))
                .containsExactly("action");
        assertThat(Fixtures.texts(client.post("/api/taskings", "mace", "{\"actoin\": \"x\"}").body().get("errors"), "field"))
                .containsExactly("actoin");
        assertThat(client.graphSize()).isEqualTo(before);
        String tasking = create(child, "BLACKPOOL_CSC", TODAY);
        long[] withTasking = client.graphSize();
        assertThat(Fixtures.texts(client.patch("/api/taskings/" + tasking, "mace", "{\"status\": \"FINISHED\"}").body().get("errors"), "field"))
                .containsExactly("status");
        assertThat(client.graphSize()).isEqualTo(withTasking);
        assertThat(withTasking[0]).isGreaterThan(before[0]);
    }

    private String create(String target, String agency, LocalDate due) {
        return Fixtures.id(client.post("/api/taskings", "mace", Fixtures.tasking(target, "Visit and safety plan", agency, due.toString())));
    }

    private String rag(String id) {
        return client.get("/api/taskings/" + id, "mace").body().get("rag").asText();
    }
}
