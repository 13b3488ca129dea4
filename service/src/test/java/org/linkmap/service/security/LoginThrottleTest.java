package org.linkmap.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

/** Guessing passwords locks the name being guessed, and only that name. */
@HarnessTest
class LoginThrottleTest extends ApiTestSupport {

    @Test
    void shouldLockANameAfterFiveWrongPasswordsEvenForTheRightOne() {
        LinkmapClient guesser = client.withPassword("guesser-target", "not-it");
        assertThat(client.get("/api/me", "guesser-target").status()).isEqualTo(200);

        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(guesser.get("/api/me", "guesser-target").status()).isEqualTo(401);
        }

        assertThat(client.get("/api/me", "guesser-target").status()).as("locked, right password or not").isEqualTo(401);
        assertThat(client.get("/api/me", "analyst").status()).as("other names unaffected").isEqualTo(200);
    }
}
