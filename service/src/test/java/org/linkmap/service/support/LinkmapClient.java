package org.linkmap.service.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.neo4j.driver.Driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Talks to the running service over real HTTP as a given user, and reads the graph directly for checks. */
public final class LinkmapClient {

    public static final Map<String, String> PASSWORDS = Map.of(
            "analyst", "analyst-pass", "mace", "mace-pass", "agency", "agency-pass", "admin", "admin-pass",
            "mace-east", "mace-east-pass", "guesser-target", "guesser-target-pass");

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Driver driver;
    private final Map<String, String> passwords;

    public LinkmapClient(int port, Driver driver) {
        this("http://127.0.0.1:" + port, driver, PASSWORDS);
    }

    private LinkmapClient(String base, Driver driver, Map<String, String> passwords) {
        this.base = base;
        this.driver = driver;
        this.passwords = passwords;
    }

    /** A client that signs in as {@code user} with another password. */
    public LinkmapClient withPassword(String user, String password) {
        Map<String, String> changed = new java.util.HashMap<>(passwords);
        changed.put(user, password);
        return new LinkmapClient(base, driver, changed);
    }

    /** A client that sends {@code Authorization: Bearer token} instead of a password. */
    public Reply getWithBearer(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + token).GET().build());
    }

    /** A response: status and the body parsed as JSON (null when empty or not JSON). */
    public record Reply(int status, JsonNode body, String raw, String contentType) {
    }

    public Reply get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    public Reply post(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply getAccepting(String path, String user, String accept) {
        return send(request(path, user).setHeader("Accept", accept).GET().build());
    }

    public Reply patch(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply post(String path, String user, String contentType, byte[] body) {
        return send(request(path, user).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    public Reply put(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply delete(String path, String user) {
        return send(request(path, user).DELETE().build());
    }

    /** The raw bytes of a response, for documents that are not JSON (PDF). */
    public byte[] getBytes(String path, String user) {
        try {
            return http.send(request(path, user).setHeader("Accept", "application/pdf, application/json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method with a body of any content type. */
    public Reply send(String method, String path, String user, String contentType, String body) {
        return send(request(path, user).header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Reply submit(String json) {
        return post("/api/submissions", "analyst", json);
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (user != null) {
            String token = user + ":" + passwords.getOrDefault(user, "wrong");
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            try {
                body = response.body().isEmpty() ? null : JSON.readTree(response.body());
            } catch (IOException notJson) {
                body = null;
            }
            return new Reply(response.statusCode(), body, response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every node and relationship, counted: to prove that a rejected request wrote nothing. */
    public long[] graphSize() {
        try (var session = driver.session()) {
            long nodes = session.run("MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead RETURN count(n) AS c").single().get("c").asLong();
            long links = session.run("MATCH ()-[r]->() RETURN count(r) AS c").single().get("c").asLong();
            return new long[] {nodes, links};
        }
    }

    public void clearGraph() {
        try (var session = driver.session()) {
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume();
        }
    }

    public long count(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).single().get(0).asLong();
        }
    }

    /** A file from the test resources, as text. */
    public static String resource(String path) {
        try (InputStream in = LinkmapClient.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
