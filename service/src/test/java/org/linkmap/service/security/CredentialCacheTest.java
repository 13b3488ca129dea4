package org.linkmap.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

/** Through the API: a remembered password never lets a wrong one through. */
@HarnessTest
class CredentialCacheTest extends ApiTestSupport {

    @Test
    void shouldRefuseAWrongPasswordBetweenRightOnes() {
        assertThat(client.get("/api/me", "mace").status()).isEqualTo(200);
        assertThat(client.get("/api/me", "mace").status()).isEqualTo(200);

        assertThat(client.withPassword("mace", "mace-pas").get("/api/me", "mace").status()).isEqualTo(401);
        assertThat(client.withPassword("mace", "").get("/api/me", "mace").status()).isEqualTo(401);

        assertThat(client.get("/api/me", "mace").body().get("username").asText()).isEqualTo("mace");
    }
}
