package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.support.LinkmapClient.Reply;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Bytes that are not UTF-8 in a bulk import are refused, never replaced: an NDJSON line by itself (naming the
 * byte) while the lines around it are imported; a CSV file, decoded as a whole, with a 400 when the header
 * cannot be read and as a failed import with the reason when a later row cannot.
 */
@HarnessTest
class ImportEncodingTest extends ApiTestSupport {

    /** A byte that starts a two-byte sequence, followed by one that cannot continue it. */
    private static final byte[] BROKEN = {(byte) 0xC3, (byte) 0x28};

    @Test
    void shouldRefuseOnlyTheNdjsonLineThatIsNotUtf8AndNameItsByte() {
        String police = line("examples/submission-mace-referral.json");
        String csc = line("examples/submission-csc-corroboration.json");
        String marker = "\"submissionRef\":\"";
        int at = csc.indexOf(marker) + marker.length();
        byte[] head = csc.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] body = join(police.getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8),
                head, BROKEN, csc.substring(at).getBytes(StandardCharsets.UTF_8), "\r\n".getBytes(StandardCharsets.UTF_8),
                csc.getBytes(StandardCharsets.UTF_8), "\n".getBytes(StandardCharsets.UTF_8));

        Reply reply = client.post("/api/submissions/bulk", "analyst", "application/x-ndjson", body);

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        JsonNode report = reply.body();
        assertThat(report.get("accepted").asLong()).isEqualTo(2);
        assertThat(report.get("rejected").asLong()).isEqualTo(1);
        assertThat(report.get("errors").get(0).get("line").asLong()).isEqualTo(2);
        assertThat(report.get("errors").get(0).get("message").asText())
                .isEqualTo("body: is not valid UTF-8 at byte " + (head.length + 1) + " of the line: send the file encoded as UTF-8");
        assertThat(client.count("MATCH (s:Submission) RETURN count(s)", Map.of())).isEqualTo(2);
        assertThat(client.count("MATCH (s:Submission) WHERE s.submissionRef CONTAINS '\uFFFD' OR s.submissionRef CONTAINS '(' RETURN count(s)",
                Map.of())).isZero();
    }

    @Test
    void shouldRefuseACsvWhoseHeaderIsNotUtf8AndRecordNoImport() {
        byte[] csv = join("agency,submissionRef".getBytes(StandardCharsets.UTF_8), BROKEN, ",submittedBy\nX,Y,Z\n".getBytes(StandardCharsets.UTF_8));

        Reply reply = client.post("/api/submissions/bulk", "analyst", "text/csv", csv);

        assertThat(reply.status()).as(reply.raw()).isEqualTo(400);
        assertThat(reply.raw()).contains("body").contains("not valid UTF-8");
        assertThat(client.count("MATCH (i:Import) RETURN count(i)", Map.of())).isZero();
    }

    @Test
    void shouldFailACsvImportAtARowThatIsNotUtf8AndSaySo() {
        String header = "agency,submissionRef,submittedBy,submittedAt,source,intelligence,handling,incidentType,occurredAt,summary,lat,lon\n";
        String row = "LANCASHIRE_POLICE,CAD-0001,PC 1234,2026-11-02T10:15:00Z,2,B,P,SIGHTING,2026-10-30T22:40:00Z,Seen late,53.8132,-3.0541\n";
        // A hundred good rows first, so the broken byte lies past what reading the header decodes.
        StringBuilder rows = new StringBuilder(header);
        for (int i = 1; i <= 100; i++) {
            rows.append(row.replace("CAD-0001", "CAD-1%03d".formatted(i)));
        }
        byte[] csv = join(rows.toString().getBytes(StandardCharsets.UTF_8),
                row.replace("CAD-0001", "CAD-0002").replace("Seen late", "Seen").getBytes(StandardCharsets.UTF_8), BROKEN,
                "\n".getBytes(StandardCharsets.UTF_8));

        Reply reply = client.post("/api/submissions/bulk", "analyst", "text/csv", csv);

        assertThat(reply.status()).as(reply.raw()).isEqualTo(200);
        assertThat(reply.body().get("state").asText()).isEqualTo("FAILED");
        assertThat(reply.body().get("message").asText()).contains("the file is not valid UTF-8; send it encoded as UTF-8");
        assertThat(client.count("MATCH (s:Submission) WHERE s.submissionRef = 'CAD-0002' RETURN count(s)", Map.of())).isZero();
    }

    private static String line(String resource) {
        return LinkmapClient.json(LinkmapClient.resource(resource)).toString();
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
