package org.linkmap.service.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sample records of the meeting cycle for the endpoint-wide tests: a MACE North meeting, a tasking against the
 * example child for Blackpool children's social care, a visit recorded against it and a Blackpool campaign.
 * Answers the placeholders of {@code security/role-matrix.csv} they fill.
 */
public final class MeetingSamples {

    private MeetingSamples() {
    }

    public static Map<String, String> create(LinkmapClient client, String childId) {
        Map<String, String> samples = new LinkedHashMap<>();
        samples.put("{meeting}", id(client.post("/api/meetings", "mace",
                "{\"kind\": \"MACE\", \"area\": \"LANCS_NORTH\", \"date\": \"2026-12-14\"}")));
        String tasking = id(client.post("/api/taskings", "mace", "{\"target\": {\"id\": \"" + childId + "\"}, \"action\": \"Visit\", "
                + "\"assignedTo\": \"BLACKPOOL_CSC\", \"due\": \"2026-12-31\"}"));
        samples.put("{tasking}", tasking);
        samples.put("{disruption}", id(client.post("/api/disruptions", "mace",
                "{\"tactic\": \"VISIT\", \"taskingId\": \"" + tasking + "\", \"date\": \"2026-11-20\"}")));
        samples.put("{campaign}", id(client.post("/api/campaigns", "mace", "{\"name\": \"Awareness week\", \"area\": \"BLACKPOOL\", "
                + "\"from\": \"2026-11-16\", \"to\": \"2026-11-22\", \"top\": 2}")));
        samples.put("{placement}", id(client.post("/api/placements", "mace", "{\"child\": {\"id\": \"" + childId + "\"}, "
                + "\"homeAuthority\": \"MANCHESTER_CC\", \"area\": \"BLACKPOOL\", \"from\": \"2026-09-01\"}")));
        return samples;
    }

    /** The path with every sample placeholder filled. */
    public static String fill(String path, Map<String, String> samples) {
        String filled = path;
        for (var sample : samples.entrySet()) {
            filled = filled.replace(sample.getKey(), sample.getValue());
        }
        return filled;
    }

    private static String id(LinkmapClient.Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException("sample not created: " + reply.status() + " " + reply.raw());
        }
        return reply.body().get("id").asText();
    }
}
