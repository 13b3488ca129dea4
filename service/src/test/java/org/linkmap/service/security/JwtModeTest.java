package org.linkmap.service.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessProperties;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A force's own identity provider: bearer tokens signed with its key carry role, agency and areas as claims.
 * The provider here is a key pair made for the test; the service trusts its public key.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "linkmap.security.jwt.enabled=true")
@ActiveProfiles("harness")
@Import(HarnessProperties.class)
class JwtModeTest extends ApiTestSupport {

    private static final KeyPair KEYS = keys();

    @DynamicPropertySource
    static void trustTheTestProvider(DynamicPropertyRegistry registry) throws IOException {
        Path pem = Files.createTempFile("provider", ".pem");
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded());
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void shouldTakeRoleAgencyAndAreasFromTheTokensClaims() {
        String token = token("dc.example", "MACE_MEMBER", null, List.of("LANCS_EAST"), KEYS);

        LinkmapClient.Reply me = client.getWithBearer("/api/me", token);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asText()).isEqualTo("dc.example");
        assertThat(me.body().get("role").asText()).isEqualTo("MACE_MEMBER");
        assertThat(me.body().get("areas")).extracting(n -> n.asText()).containsExactly("LANCS_EAST");
        assertThat(client.getWithBearer("/api/audit", token).status()).isEqualTo(403);
        assertThat(client.getWithBearer("/api/incidents", token).status()).isEqualTo(200);
    }

    @Test
    void shouldRefuseATokenWithoutARoleOrSignedByAnotherKey() {

        assertThat(client.getWithBearer("/api/me", token("nobody", null, null, List.of(), KEYS)).status()).isEqualTo(401);
        assertThat(client.getWithBearer("/api/me", token("forger", "ADMIN", null, List.of(), keys())).status()).isEqualTo(401);
    }

    @Test
    void shouldStillAcceptConfiguredAccounts() {
        assertThat(client.get("/api/me", "analyst").status()).isEqualTo(200);
    }

    private static String token(String user, String role, String agency, List<String> areas, KeyPair signer) {
        try {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user).claim("preferred_username", user)
                    .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
            if (role != null) {
                claims.claim("linkmap_role", role);
            }
            if (agency != null) {
                claims.claim("linkmap_agency", agency);
            }
            claims.claim("linkmap_areas", areas);
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) signer.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
