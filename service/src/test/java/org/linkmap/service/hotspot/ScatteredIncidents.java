package org.linkmap.service.hotspot;

/** Test data: a tight cluster in Blackpool and incidents scattered over some 50 km of Lancashire. */
final class ScatteredIncidents {

    private ScatteredIncidents() {
    }

    static String submission() {
        StringBuilder incidents = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            incidents.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                    "{\"ref\":\"i%d\",\"incidentType\":\"CONCERN\",\"occurredAt\":\"2026-10-0%dT20:00:00Z\",\"lat\":%.5f,\"lon\":%.5f}",
                    i, 1 + i % 9, 53.8170 + (i % 5) * 0.0002, -3.0510 + (i / 5) * 0.0002));
        }
        for (int i = 0; i < 40; i++) {
            incidents.append(String.format(java.util.Locale.ROOT,
                    ",{\"ref\":\"s%d\",\"incidentType\":\"SIGHTING\",\"occurredAt\":\"2026-09-1%dT20:00:00Z\",\"lat\":%.4f,\"lon\":%.4f}",
                    i, i % 9, 53.70 + (i * 7 % 40) * 0.01, -2.95 + (i * 11 % 40) * 0.02));
        }
        return """
                {"submissionRef":"HOT-1","agency":"LANCASHIRE_POLICE","submittedBy":"DC","submittedAt":"2026-11-01T09:00:00Z",
                 "grading":{"source":2,"intelligence":"B","handling":"P"},"incidents":[%s]}""".formatted(incidents);
    }
}
