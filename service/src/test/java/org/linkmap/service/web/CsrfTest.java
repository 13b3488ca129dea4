package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A request a signed-in session authenticates needs the CSRF token, whatever else it sends, and a refusal
 * for want of one says so.
 */
@HarnessTest
class CsrfTest extends ApiTestSupport {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

    @BeforeEach
    void signInThroughTheForm() throws Exception {
        send(HttpRequest.newBuilder(uri("/login")).GET().build());
        String form = "username=analyst&password=analyst-pass&_csrf=" + URLEncoder.encode(token(), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // Signing in replaces the token; the next page the browser opens gets the new one.
        assertThat(send(HttpRequest.newBuilder(uri("/api/me")).header("X-Requested-With", "fetch").GET().build()).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseASessionRequestWithoutTheTokenAndSaySo() throws Exception {
        HttpResponse<String> reply = submit(null, null);

        assertThat(reply.statusCode()).isEqualTo(403);
        JsonNode problem = LinkmapClient.json(reply.body());
        assertThat(problem.get("title").asText()).isEqualTo("CSRF token missing or invalid");
        assertThat(problem.get("detail").asText()).contains("X-XSRF-TOKEN").doesNotContain("role");
        assertThat(client.graphSize()).containsExactly(0, 0);
    }

    @Test
    void shouldCheckTheTokenWhenASessionRequestAlsoSendsAnAuthorizationHeader() throws Exception {
        String wrongPassword = "Basic " + Base64.getEncoder().encodeToString("analyst:not-the-password".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> reply = submit(wrongPassword, null);

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(LinkmapClient.json(reply.body()).get("title").asText()).isEqualTo("CSRF token missing or invalid");
        assertThat(client.graphSize()).containsExactly(0, 0);
    }

    @Test
    void shouldAcceptASessionRequestWithTheToken() throws Exception {
        assertThat(submit(null, token()).statusCode()).isEqualTo(201);
    }

    private HttpResponse<String> submit(String authorization, String csrf) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/submissions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(LinkmapClient.resource("examples/submission-mace-referral.json")));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (csrf != null) {
            request.header("X-XSRF-TOKEN", csrf);
        }
        return send(request.build());
    }

    private String token() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return browser.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
