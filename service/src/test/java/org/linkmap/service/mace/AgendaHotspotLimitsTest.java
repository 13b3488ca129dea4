package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.springframework.test.context.TestPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/** With the hotspot engine allowed three incidents, an area's five cannot be clustered: the agenda says so. */
@HarnessTest
@TestPropertySource(properties = "linkmap.limits.hotspot.max-points=3")
class AgendaHotspotLimitsTest extends ApiTestSupport {

    @Test
    void shouldSayWhyAnAgendaShowsNoHotspotsWhenTheQueryIsOverTheLimits() {
        String meeting = Fixtures.id(client.post("/api/meetings", "mace", Fixtures.meeting("MACE", "LANCS_NORTH", "2026-11-09")));
        Fixtures.Submission s = new Fixtures.Submission("R-1", "LANCASHIRE_POLICE", "2026-10-01T09:00:00Z").forum("MACE", "LANCS_NORTH")
                .child("c", "Lily Limitcase", "LCS-1");
        for (int k = 0; k < 5; k++) {
            s.incident("SIGHTING", "2026-10-0" + (k + 1) + "T20:00:00Z", MeetingAgendaTest.LANCASTER_LAT + k * 0.0001,
                    MeetingAgendaTest.LANCASTER_LON, "c", "VICTIM");
        }
        s.send(client);

        JsonNode agenda = client.get("/api/meetings/" + meeting + "/agenda", "mace").body();

        assertThat(agenda.get("topHotspots")).isEmpty();
        assertThat(agenda.get("topHotspotsNote").asText()).contains("over the hotspot engine's limits");
        assertThat(agenda.get("openCases")).as("the rest of the agenda is there").isNotNull();
    }
}
