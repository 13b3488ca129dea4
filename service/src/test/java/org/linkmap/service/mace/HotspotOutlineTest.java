package org.linkmap.service.mace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

/**
 * A hotspot outline sent as a tasking's or disruption's target must be one a hotspot could have: in the service
 * region, of non-overlapping parts, and of a bounded size. An outline of thousands of overlapping squares was
 * once stored, and working out its disruption's effect exhausted the service's memory.
 */
@HarnessTest
class HotspotOutlineTest extends ApiTestSupport {

    @Test
    void shouldRefuseOutlinesNoHotspotHasNamingTheFieldAndWriteNothing() {
        long[] before = client.graphSize();
        assertRefused(squares(Geometries.MAX_PARTS + 1, 0.002), "at most " + Geometries.MAX_PARTS + " parts");
        assertRefused(squares(2, 0.0005), "must not overlap");
        assertRefused(polygon("[[-179, -89], [179, -89], [179, 89], [-179, 89], [-179, -89]]"), "outside the service region");
        assertRefused(polygon("[[0, 0], [0, 1], [1, 1], [0, 0]]"), "outside the service region");
        assertRefused(polygon("[[-3.05, 53.81, \"x\"], [-3.04, 53.81], [-3.04, 53.82], [-3.05, 53.81]]"), "[longitude, latitude]");
        assertRefused(polygon(circle(Geometries.MAX_POSITIONS + 1)), "at most " + Geometries.MAX_POSITIONS + " positions");
        assertThat(client.graphSize()).isEqualTo(before);
    }

    @Test
    void shouldAcceptAHotspotOfSeveralSeparatePartsAndWorkOutItsEffect() {
        LinkmapClient.Reply made = client.post("/api/disruptions", "mace", disruption(squares(Geometries.MAX_PARTS, 0.002)));
        assertThat(made.status()).as(made.raw()).isEqualTo(201);
        LinkmapClient.Reply effect = client.get("/api/disruptions/" + made.body().get("id").asText() + "/effect?buffer=10000", "mace");
        assertThat(effect.status()).as(effect.raw()).isEqualTo(200);
    }

    private void assertRefused(String hotspot, String reason) {
        for (String path : List.of("/api/disruptions", "/api/taskings")) {
            String body = path.equals("/api/taskings") ? "{\"target\": {\"hotspot\": " + hotspot + "}, \"action\": \"Patrol\", "
                    + "\"assignedTo\": \"LANCASHIRE_POLICE\", \"due\": \"2026-12-31\"}" : disruption(hotspot);
            LinkmapClient.Reply reply = client.post(path, "mace", body);
            assertThat(reply.status()).as(path + " " + reason + ": " + reply.raw()).isEqualTo(400);
            assertThat(reply.body().get("errors").get(0).get("field").asText()).isEqualTo("target.hotspot.coordinates");
            assertThat(reply.body().get("errors").get(0).get("message").asText()).contains(reason);
        }
    }

    private static String disruption(String hotspot) {
        return "{\"tactic\": \"VISIT\", \"date\": \"2026-11-01\", \"target\": {\"hotspot\": " + hotspot + "}}";
    }

    /** {@code count} squares of side 0.001 degrees in a row near Blackpool's centre, {@code step} degrees apart. */
    private static String squares(int count, double step) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double x = -3.06 + k * step;
            double y = 53.80;
            parts.add(String.format(Locale.ROOT, "[[[%.4f, %.4f], [%.4f, %.4f], [%.4f, %.4f], [%.4f, %.4f], [%.4f, %.4f]]]",
                    x, y, x + 0.001, y, x + 0.001, y + 0.001, x, y + 0.001, x, y));
        }
        return "{\"type\": \"MultiPolygon\", \"coordinates\": [" + String.join(", ", parts) + "]}";
    }

    private static String polygon(String ring) {
        return "{\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}";
    }

    /** A closed ring of {@code positions} positions around Blackpool's centre. */
    private static String circle(int positions) {
        List<String> ring = new ArrayList<>();
        for (int k = 0; k < positions - 1; k++) {
            double a = 2 * Math.PI * k / (positions - 1);
            ring.add(String.format(Locale.ROOT, "[%.7f, %.7f]", -3.05 + 0.01 * Math.cos(a), 53.81 + 0.01 * Math.sin(a)));
        }
        ring.add(ring.get(0));
        return "[" + String.join(", ", ring) + "]";
    }
}
