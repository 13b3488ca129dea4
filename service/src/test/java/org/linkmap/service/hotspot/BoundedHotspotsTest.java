package org.linkmap.service.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.linkmap.service.web.BoundedWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * With the cost limits lifted, {@code method=gistar&cell=100&distance=20000} over these incidents takes about a
 * minute of a core. It must be answered 503 at the time limit (6 s here) and its work stopped, also when the
 * client has hung up. Before, it ran to the end whatever happened to the client.
 */
@HarnessTest
@TestPropertySource(properties = {"linkmap.limits.request-time=6s", "linkmap.limits.hotspot.max-work=1000000000000"})
class BoundedHotspotsTest extends ApiTestSupport {

    private static final String HEAVY = "/api/hotspots?method=gistar&cell=100&distance=20000";

    @Autowired
    BoundedWork work;

    @BeforeEach
    void incidentsOverFiftyKilometres() {
        assertThat(client.submit(ScatteredIncidents.submission()).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> work.running() == 0);
    }

    @Test
    void shouldAnswer503AtTheTimeLimitAndStopTheWork() {
        LinkmapClient.Reply reply = client.get(HEAVY, "analyst");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body().get("detail").asText()).contains("time limit");
        await().atMost(Duration.ofSeconds(3)).until(() -> work.running() == 0);
    }

    /** The pack finds its hotspots within the same pool and time limit as the map. */
    @Test
    void shouldAnswerAPackOverTheTimeLimit503AndStopItsWork() {
        LinkmapClient.Reply reply = client.get("/api/reports/hotspot-pack?method=gistar&cell=100&distance=20000", "analyst");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.body().get("detail").asText()).contains("time limit");
        await().atMost(Duration.ofSeconds(3)).until(() -> work.running() == 0);
    }

    /**
     * Tomcat does not tell an asynchronous request that its client hung up (it watches the socket again only once
     * the answer is written), so the work of a client that went away is stopped by the time limit: within 6 s of
     * the request here, not a minute later.
     */
    @Test
    void shouldStopTheWorkOfAClientThatHungUpByTheTimeLimit() throws IOException {
        long started = System.nanoTime();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            String credentials = Base64.getEncoder().encodeToString("analyst:analyst-pass".getBytes(StandardCharsets.UTF_8));
            out.write(("GET " + HEAVY + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + credentials + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            await().atMost(Duration.ofSeconds(5)).until(() -> work.running() == 1);
        }

        await().atMost(Duration.ofSeconds(12)).until(() -> work.running() == 0);
        System.out.printf("Work of a client that hung up stopped %.1f s after the request%n", (System.nanoTime() - started) / 1e9);
    }
}
