package org.linkmap.bench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.linkmap.model.submission.SubmissionRequest;
import org.linkmap.model.submission.SubmissionValidator;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The generator writes valid submissions, the same ones every time, on real Lancashire points. */
class GenerateTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final SubmissionValidator validator = new SubmissionValidator(
            Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    @Test
    void caseSubmissionsAreValidAndRepeatable() throws Exception {
        List<String> first = generate("cases", "--people", "400");
        List<String> again = generate("cases", "--people", "400");

        assertThat(first).hasSize(240).isEqualTo(again);
        for (String line : first) {
            var result = validator.validate(JSON.readValue(line, SubmissionRequest.class));
            assertThat(result.errors()).as(line).isEmpty();
        }
        JsonNode one = JSON.readTree(first.get(0));
        assertThat(one.get("entities")).hasSize(8);
        assertThat(one.get("links")).hasSize(6);
        assertThat(one.get("incidents")).hasSize(2);
    }

    @Test
    void placesLieOnPoliceUkPointsInLancashire() throws Exception {
        for (String line : generate("cases", "--people", "200")) {
            for (JsonNode incident : JSON.readTree(line).get("incidents")) {
                if (incident.has("lat")) {
                    assertThat(incident.get("lat").asDouble()).isBetween(53.45, 54.25);
                    assertThat(incident.get("lon").asDouble()).isBetween(-3.25, -2.0);
                }
            }
        }
        assertThat(SnapPoints.lancashire2021().size()).isEqualTo(20_169);
        assertThat(SnapPoints.lancashire2021().crimes()).isEqualTo(199_036);
    }

    @Test
    void networkSubmissionsAreValidAndNameEachNodeOnePersonOneIdentifier() throws Exception {
        List<String> lines = generate("network", "--nodes", "1000", "--links", "500");

        assertThat(lines).hasSize(52);
        Set<String> identifiers = new HashSet<>();
        for (String line : lines) {
            var result = validator.validate(JSON.readValue(line, SubmissionRequest.class));
            assertThat(result.errors()).as(line).isEmpty();
            JsonNode submission = JSON.readTree(line);
            assertThat(submission.get("entities")).hasSize(12);
            assertThat(submission.get("links")).hasSize(10);
            submission.get("entities").forEach(e -> {
                if (e.has("identifiers")) {
                    identifiers.add(e.get("identifiers").toString());
                }
            });
        }
        assertThat(identifiers).hasSizeBetween(300, 700);
    }

    private List<String> generate(String command, String... options) throws Exception {
        Path out = dir.resolve(command + "-" + System.nanoTime() + ".ndjson");
        String[] args = new String[options.length + 3];
        args[0] = command;
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--out";
        args[options.length + 2] = out.toString();
        Generate.main(args);
        return Files.readAllLines(out);
    }
}
