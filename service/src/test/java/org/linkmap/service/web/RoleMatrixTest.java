package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The role matrix: every API endpoint for every role, from {@code security/role-matrix.csv}. A new endpoint
 * without a row fails {@link #shouldHaveARowForEveryApiEndpoint()}, so no endpoint goes out without a rule.
 */
@HarnessTest
class RoleMatrixTest extends ApiTestSupport {

    private static final List<String> ROLES = List.of("anonymous", "analyst", "mace", "mace-east", "agency", "admin");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;


    record Row(String method, String pattern, String sample, List<String> expected) {
    }

    @Test
    void shouldHaveARowForEveryApiEndpoint() {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m + " " + p))));
        Set<String> inMatrix = new TreeSet<>();
        rows().forEach(r -> inMatrix.add(r.method() + " " + r.pattern()));

        assertThat(inMatrix).isEqualTo(mapped);
    }

    @TestFactory
    Stream<DynamicTest> shouldGiveEachRoleItsStatusOnEachEndpoint() {
        client.clearGraph();
        var police = client.submit(LinkmapClient.resource("examples/submission-mace-referral.json")).body();
        var csc = client.submit(LinkmapClient.resource("examples/submission-csc-corroboration.json")).body();
        String child = police.get("entities").get("c1").asText();
        String hotspot = client.get("/api/hotspots?minPoints=1", "analyst").body().get("features").get(0).get("id").asText();
        String submission = LinkmapClient.resource("examples/submission-csc-corroboration.json");
        String ndjson = LinkmapClient.json(submission).toString() + "\n";
        String imported = client.post("/api/submissions/bulk", "analyst", "application/x-ndjson",
                ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8)).body().get("importId").asText();

        java.util.Map<String, String> samples = org.linkmap.service.support.MeetingSamples.create(client, child);

        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : rows()) {
            String sample = row.sample().replace("{child}", child).replace("{police}", police.get("submissionId").asText())
                    .replace("{hotspot}", hotspot).replace("{import}", imported)
                    .replace("{place}", police.get("entities").get("l1").asText())
                    .replace("{incident}", police.get("incidents").get("i1").asText())
                    .replace("{police-person}", police.get("entities").get("p1").asText())
                    .replace("{csc-child}", csc.get("entities").get("c2").asText());
            String path = org.linkmap.service.support.MeetingSamples.fill(sample, samples);
            for (int i = 0; i < ROLES.size(); i++) {
                String role = ROLES.get(i);
                String expected = row.expected().get(i);
                tests.add(DynamicTest.dynamicTest(row.method() + " " + row.pattern() + " as " + role + " -> " + expected, () -> {
                    String user = role.equals("anonymous") ? null : role;
                    LinkmapClient.Reply reply = row.method().equals("GET") ? client.get(path, user)
                            : row.method().equals("PATCH") ? client.patch(path, user, submission)
                            : row.method().equals("PUT") ? client.put(path, user, "{\"reason\": \"Children seen here late at night\"}")
                            : row.method().equals("DELETE") ? client.delete(path, user)
                            : path.endsWith("/bulk") ? client.post(path, user, "application/x-ndjson", ndjson.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                            : client.post(path, user, submission);
                    if (expected.equals("2xx")) {
                        assertThat(reply.status()).as(reply.raw()).isBetween(200, 299);
                    } else {
                        assertThat(reply.status()).as(reply.raw()).isEqualTo(Integer.parseInt(expected));
                    }
                }));
            }
        }
        return tests.stream();
    }

    private static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : LinkmapClient.resource("security/role-matrix.csv").split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                continue;
            }
            String[] f = line.strip().split(",");
            rows.add(new Row(f[0], f[1], f[2], List.of(f).subList(3, 3 + ROLES.size())));
        }
        return rows;
    }
}
