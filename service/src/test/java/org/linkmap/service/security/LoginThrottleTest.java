package org.linkmap.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Sign-in throttling through the real API. Clients at different addresses are simulated the way a reverse
 * proxy reports them ({@code X-Forwarded-For}, trusted from the loopback address); the clock is moved by hand
 * instead of waiting. Each test uses its own addresses and names, since the throttle's memory is shared.
 */
@HarnessTest
@Import(LoginThrottleTest.Clocks.class)
class LoginThrottleTest extends ApiTestSupport {

    private static final String TARGET_PASSWORD = "target-pass";
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    MovableClock clock;

    @DynamicPropertySource
    static void accounts(DynamicPropertyRegistry registry) {
        registry.add("server.forward-headers-strategy", () -> "native");
        // Fewer than the default 100, so that a guess spread over many addresses is quick to show.
        registry.add("linkmap.security.login.name-free-failures", () -> "40");
        String[][] users = {
                {"analyst", "{noop}analyst-pass", "ANALYST"}, {"admin", "{noop}admin-pass", "ADMIN"},
                {"mace", "{noop}mace-pass", "ANALYST"}, {"victim", "{noop}victim-pass", "ANALYST"},
                {"spread", "{noop}spread-pass", "ANALYST"}, {"held", "{noop}held-pass", "ANALYST"},
                {"target", "{bcrypt}" + new BCryptPasswordEncoder().encode(TARGET_PASSWORD), "ANALYST"}};
        for (int i = 0; i < users.length; i++) {
            String[] user = users[i];
            registry.add("linkmap.security.users[" + i + "].username", () -> user[0]);
            registry.add("linkmap.security.users[" + i + "].password-hash", () -> user[1]);
            registry.add("linkmap.security.users[" + i + "].role", () -> user[2]);
        }
    }

    @Test
    void shouldSlowTheGuesserWithoutLockingTheUserOut() {
        assertThat(signIn("10.0.1.1", "victim", "victim-pass").status()).isEqualTo(200);
        for (int attempt = 0; attempt < 4; attempt++) {
            assertThat(signIn("10.0.1.66", "victim", "guess-" + attempt).status()).as("checked and refused").isEqualTo(401);
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            assertThat(signIn("10.0.1.66", "victim", "guess").status()).as("held back").isEqualTo(429);
            assertThat(signIn("10.0.1.1", "victim", "victim-pass").status()).as("the user at their own desk").isEqualTo(200);
        }
        assertThat(signIn("10.0.1.66", "victim", "victim-pass").status()).as("even the right password waits").isEqualTo(429);
    }

    @Test
    void shouldDoubleTheWaitWithEveryFurtherFailure() {
        List<Long> waits = new ArrayList<>();
        for (int attempt = 0; attempt < 3; attempt++) {
            signIn("10.0.2.66", "analyst", "guess");
        }
        for (int round = 0; round < 6; round++) {
            assertThat(signIn("10.0.2.66", "analyst", "guess").status()).isEqualTo(401);
            Reply held = signIn("10.0.2.66", "analyst", "guess");
            assertThat(held.status()).isEqualTo(429);
            assertThat(held.body().get("detail").asText()).contains("the next attempt is checked in");
            waits.add(held.retryAfter());
            clock.advance(Duration.ofSeconds(held.retryAfter()));
        }
        assertThat(waits).containsExactly(1L, 2L, 4L, 8L, 16L, 32L);
        assertThat(signIn("10.0.2.66", "analyst", "analyst-pass").status()).as("once the wait is over").isEqualTo(200);
    }

    @Test
    void shouldKeepCountingWhenTheUserSignsInFromElsewhere() {
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 2; attempt++) {
                assertThat(signIn("10.0.3.66", "mace", "guess").status()).isEqualTo(401);
            }
            assertThat(signIn("10.0.3.1", "mace", "mace-pass").status()).isEqualTo(200);
        }
        assertThat(signIn("10.0.3.66", "mace", "guess").status()).as("four guesses, the user's sign-ins between").isEqualTo(429);
    }

    @Test
    void shouldHoldBackAFloodOfUnknownNamesBeforeCheckingAnyPassword() {
        assertThat(signIn("10.0.4.9", "analyst", "analyst-pass").status()).isEqualTo(200);
        int checked = 0;
        int heldBack = 0;
        for (int n = 0; n < 200; n++) {
            int status = signIn("10.0.4.9", "nobody-" + n, "x").status();
            checked += status == 401 ? 1 : 0;
            heldBack += status == 429 ? 1 : 0;
        }
        assertThat(checked).as("20 free failures, then the one that starts the wait").isEqualTo(21);
        assertThat(heldBack).isEqualTo(179);
        assertThat(signIn("10.0.4.9", "analyst", "analyst-pass").status()).as("a name that signed in here before").isEqualTo(200);
        assertThat(signIn("10.0.4.9", "mace", "mace-pass").status()).as("a name new to this address waits").isEqualTo(429);
    }

    @Test
    void shouldHoldBackOneNameGuessedFromManyAddressesExceptWhereItSignedInBefore() {
        assertThat(signIn("10.0.5.1", "spread", "spread-pass").status()).isEqualTo(200);
        for (int n = 0; n < 41; n++) {
            assertThat(signIn("10.5." + (n / 200) + "." + (n % 200), "spread", "guess").status()).isEqualTo(401);
        }
        assertThat(signIn("10.0.5.77", "spread", "spread-pass").status()).as("a new address").isEqualTo(429);
        assertThat(signIn("10.0.5.1", "spread", "spread-pass").status()).as("the user's own").isEqualTo(200);
    }

    @Test
    void shouldRecordThrottlingInTheAuditTrail() {
        for (int attempt = 0; attempt < 4; attempt++) {
            signIn("10.0.6.66", "victim", "guess");
        }

        JsonNode entries = client.get("/api/audit?user=victim", "admin").body();

        assertThat(entries.get("total").asInt()).isEqualTo(1);
        JsonNode entry = entries.get("items").get(0);
        assertThat(entry.get("action").asText()).isEqualTo("SIGN_IN_THROTTLED");
        assertThat(entry.get("remoteAddress").asText()).isEqualTo("10.0.6.66");
        assertThat(entry.get("query").asText()).isEqualTo("/api/me failures=4; wait=1s");
    }

    /**
     * Statistics over many tries, interleaved so that drift affects every kind alike: a wrong password for a
     * real (BCrypt) account and an unknown name each cost one BCrypt check, and an attempt held back costs none
     * for either. Before, a locked account answered in 2-4 ms and a wrong password in about 80 ms.
     */
    @Test
    void shouldAnswerKnownAndUnknownNamesInTheSameTime() {
        int rounds = 30;
        for (int warm = 0; warm < 3; warm++) {
            signIn("10.7.0." + warm, "target", "wrong");
            signIn("10.7.1." + warm, "nobody", "wrong");
        }
        for (int n = 0; n < 41; n++) {
            signIn("10.7.2." + n, "held", "guess");
            signIn("10.7.3." + n, "ghost", "guess");
        }
        long[][] nanos = new long[4][rounds];
        for (int k = 0; k < rounds; k++) {
            boolean knownFirst = k % 2 == 0;
            nanos[knownFirst ? 0 : 1][k] = knownFirst ? signIn("10.8.0." + k, "target", "wrong").nanos()
                    : signIn("10.8.1." + k, "unknown-" + k, "wrong").nanos();
            nanos[knownFirst ? 1 : 0][k] = knownFirst ? signIn("10.8.1." + k, "unknown-" + k, "wrong").nanos()
                    : signIn("10.8.0." + k, "target", "wrong").nanos();
            Reply heldKnown = signIn("10.8.2." + k, "held", "held-pass");
            Reply heldUnknown = signIn("10.8.3." + k, "ghost", "guess");
            assertThat(List.of(heldKnown.status(), heldUnknown.status())).containsExactly(429, 429);
            assertThat(heldKnown.body()).isEqualTo(heldUnknown.body());
            nanos[2][k] = heldKnown.nanos();
            nanos[3][k] = heldUnknown.nanos();
        }
        double wrongPassword = median(nanos[0]);
        double unknownName = median(nanos[1]);
        double heldKnown = median(nanos[2]);
        double heldUnknown = median(nanos[3]);
        System.out.printf("Sign-in failures, median of %d: wrong password %.1f ms, unknown name %.1f ms,"
                + " held back known %.1f ms, held back unknown %.1f ms%n",
                rounds, wrongPassword / 1e6, unknownName / 1e6, heldKnown / 1e6, heldUnknown / 1e6);
        // Differences within each round cancel the load the shared machine puts on both; before, a locked known
        // name differed from a wrong password by the whole BCrypt time.
        assertThat(Math.abs(median(differences(nanos[0], nanos[1])))).isLessThan(0.5 * wrongPassword);
        assertThat(Math.abs(median(differences(nanos[2], nanos[3])))).isLessThan(0.5 * wrongPassword);
        assertThat(heldKnown).as("held back before any hashing").isLessThan(0.5 * wrongPassword);
    }

    private static long[] differences(long[] a, long[] b) {
        long[] d = new long[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return (sorted[sorted.length / 2] + sorted[(sorted.length - 1) / 2]) / 2.0;
    }

    record Reply(int status, long retryAfter, JsonNode body, long nanos) {
    }

    private Reply signIn(String address, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header("Authorization", "Basic " + token).header("X-Forwarded-For", address).GET().build();
        try {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - started;
            JsonNode body = response.body().isEmpty() ? null : org.linkmap.service.support.LinkmapClient.json(response.body());
            return new Reply(response.statusCode(), response.headers().firstValueAsLong("Retry-After").orElse(-1), body, nanos);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A clock the test moves forward by hand, instead of waiting. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
