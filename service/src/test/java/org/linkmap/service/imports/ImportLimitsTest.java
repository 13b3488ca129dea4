package org.linkmap.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * At most {@code linkmap.import.max-concurrent} (2) bulk imports are in hand at once; one more is refused at once
 * with 503 and Retry-After, before anything is spooled. Uploads are spooled in the service's own directory and
 * removed when they end. Before, any number of uploads were spooled side by side in the temporary directory.
 */
@HarnessTest
class ImportLimitsTest extends ApiTestSupport {

    @Autowired
    ImportSpool spool;

    @Test
    void shouldRefuseAThirdImportWhileTwoAreInHand() throws IOException {
        String line = LinkmapClient.json(LinkmapClient.resource("examples/submission-csc-corroboration.json")).toString() + "\n";
        List<Socket> slow = new ArrayList<>();
        try {
            for (int k = 0; k < 2; k++) {
                slow.add(startUpload(line));
            }
            await().atMost(Duration.ofSeconds(10)).until(() -> spooled() == 2);

            LinkmapClient.Reply refused = client.post("/api/submissions/bulk", "analyst", "application/x-ndjson",
                    line.getBytes(StandardCharsets.UTF_8));

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.body().get("detail").asText()).contains("2 bulk imports are already in hand");
            assertThat(spooled()).as("the refused upload was not spooled").isEqualTo(2);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> spooled() == 0);
        assertThat(client.post("/api/submissions/bulk", "analyst", "application/x-ndjson", line.getBytes(StandardCharsets.UTF_8))
                .status()).as("the abandoned uploads gave their places back").isEqualTo(200);
        assertThat(spooled()).isZero();
    }

    /** An upload that announces a large body and sends only its first line, so it stays in hand. */
    private Socket startUpload(String line) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        OutputStream out = socket.getOutputStream();
        String credentials = Base64.getEncoder().encodeToString("analyst:analyst-pass".getBytes(StandardCharsets.UTF_8));
        out.write(("POST /api/submissions/bulk HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials
                + "\r\nContent-Type: application/x-ndjson\r\nContent-Length: 1000000\r\n\r\n" + line).getBytes(StandardCharsets.UTF_8));
        out.flush();
        return socket;
    }

    private long spooled() throws IOException {
        if (!Files.isDirectory(spool.dir())) {
            return 0;
        }
        try (Stream<Path> files = Files.list(spool.dir())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).count();
        }
    }
}
