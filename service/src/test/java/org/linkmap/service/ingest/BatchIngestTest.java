package org.linkmap.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.LinkmapClient;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Writing submissions in batches gives exactly the graph that writing them one at a time gives: the same
 * people, phones, vehicles, places and networks, the same links with the same sources, agencies, dates and
 * gradings, the same provenance on every node. The data are the demo set (82 submissions from 8 agencies,
 * with aliases, postcodes and C-graded intelligence) and 150 generated submissions that keep naming the same
 * children, phones, vehicles, places and networks ({@code tools/bench/make_bulk_submissions.py --count 150
 * --seed 11 --ref-prefix GEN}), plus repeats, a conflicting reuse of a reference, and one child under three
 * spellings, inside one batch.
 */
@HarnessTest
class BatchIngestTest extends ApiTestSupport {

    @Autowired
    SubmissionIntake intake;

    @Autowired
    SubmissionIngest ingest;

    @Test
    void shouldWriteTheSameGraphInBatchesAsOneAtATime() {
        List<SubmissionCandidate> candidates = candidates();

        List<String> oneAtATime = new ArrayList<>();
        for (SubmissionCandidate candidate : candidates) {
            oneAtATime.add(outcome(ingest.ingestAll(List.of(candidate)).get(0)));
        }
        List<String> expected = signature();
        client.clearGraph();
        List<String> batched = new ArrayList<>();
        for (int from = 0; from < candidates.size(); from += 40) {
            ingest.ingestAll(candidates.subList(from, Math.min(from + 40, candidates.size())))
                    .forEach(result -> batched.add(outcome(result)));
        }
        List<String> actual = signature();

        assertThat(expected).hasSizeGreaterThan(3000);
        assertThat(batched).isEqualTo(oneAtATime);
        long demo = new String(readDemo()).lines().filter(l -> !l.isBlank()).count();
        assertThat(candidates).as("150 generated, the demo set, three repeats and three spellings").hasSize((int) (150 + demo + 6));
        assertThat(batched).containsExactlyElementsOf(expectedOutcomes(candidates.size()));
        assertThat(client.count("MATCH (s:Submission) RETURN count(s)", Map.of())).isEqualTo(candidates.size() - 3);
        assertThat(client.count("MATCH (p:Person)-[:HAS_IDENTIFIER]->(:Identifier {key: 'LCS:LCS-990001'}) RETURN count(p)", Map.of()))
                .as("three spellings, one identifier: one child").isEqualTo(1);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(actual).anyMatch(line -> line.contains("aliases=[\"Sky Inventa\", \"Skye Inventa\"]"));
    }

    /**
     * What the lines are, independently of any writer: 232 distinct submissions and three spellings are created;
     * the repeat at 3 and the last line are duplicates; the reuse of line 2's reference at 5 is refused.
     */
    private static List<String> expectedOutcomes(int count) {
        List<String> outcomes = new ArrayList<>(java.util.Collections.nCopies(count, "created"));
        outcomes.set(3, "duplicate");
        outcomes.set(5, "refused: Conflict");
        outcomes.set(count - 1, "duplicate");
        return outcomes;
    }

    private List<SubmissionCandidate> candidates() {
        List<String> lines = new ArrayList<>();
        lines.addAll(LinkmapClient.resource("bulk/generated-150.ndjson").lines().toList());
        lines.addAll(new String(readDemo()).lines().filter(l -> !l.isBlank()).toList());
        // A repeat inside the same batch, a repeat in a later batch, and a reference reused with other content.
        lines.add(3, lines.get(1));
        lines.add(lines.get(10));
        lines.add(5, lines.get(2).replace("\"submittedBy\":\"Benchmark generator\"", "\"submittedBy\":\"Someone else\""));
        // One child reported three times in one batch under three spellings: every spelling is kept.
        for (String name : List.of("Skye Inventa", "Sky Inventa", "Skye Inventah")) {
            lines.add(7, """
                    {"submissionRef":"SPELL-%s","agency":"LANCS_CSC","submittedBy":"x","submittedAt":"2026-11-02T10:15:00Z",
                     "grading":{"source":2,"intelligence":"B","handling":"P"},
                     "entities":[{"ref":"c","type":"PERSON","roles":["CHILD"],"name":"%s","identifiers":{"LCS":"LCS-990001"}}]}
                    """.formatted(name.replace(' ', '-'), name).replace("\n", ""));
        }
        return lines.stream().map(line -> intake.prepare(line, agency -> true)).toList();
    }

    private static byte[] readDemo() {
        try (var in = BatchIngestTest.class.getClassLoader().getResourceAsStream("demo/demo-submissions.ndjson")) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String outcome(IngestResult result) {
        if (result instanceof IngestResult.Stored stored) {
            return stored.created() ? "created" : "duplicate";
        }
        return "refused: " + ((IngestResult.Refused) result).reason().getClass().getSimpleName();
    }

    /** Every node and relationship, named by what identifies it rather than by its generated id, sorted. */
    private List<String> signature() {
        try (var session = driver.session()) {
            Map<String, String> keys = new TreeMap<>();
            List<String> lines = new ArrayList<>();
            session.run("""
                    MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead
                    RETURN elementId(n) AS element, labels(n) AS labels, properties(n) AS props,
                           COLLECT { MATCH (n)-[:HAS_IDENTIFIER]->(i) RETURN i.key ORDER BY i.key } AS identifiers
                    """).list().forEach(r -> {
                String key = key(r);
                keys.put(r.get("element").asString(), key);
                lines.add(key + " " + describe(r.get("props")));
            });
            session.run("MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props")
                    .list().forEach(r -> lines.add(keys.get(r.get("a").asString()) + " -" + r.get("type").asString() + "-> "
                            + keys.get(r.get("b").asString()) + " " + describe(r.get("props"))));
            lines.sort(String::compareTo);
            return lines;
        }
    }

    private static String key(Record r) {
        List<String> labels = new ArrayList<>(r.get("labels").asList(Value::asString));
        labels.sort(String::compareTo);
        Value p = r.get("props");
        String natural = String.join("|", List.of(p.get("key").toString(), p.get("name").toString(), p.get("number").toString(),
                p.get("vrm").toString(), p.get("account").toString(), p.get("code").toString(), p.get("networkType").toString(),
                p.get("occurredAt").toString(), p.get("point").toString(), r.get("identifiers").toString()));
        return labels + "(" + natural + ")";
    }

    /** The properties, with generated ids left out, sources counted, and lists sorted. */
    private static String describe(Value props) {
        Map<String, String> described = new TreeMap<>();
        props.asMap(v -> v).forEach((name, value) -> {
            switch (name) {
                case "id", "receipt", "receivedAt", "body" -> {
                }
                case "sources" -> described.put(name, String.valueOf(value.size()));
                default -> {
                    if (value.asObject() instanceof List<?>) {
                        List<String> items = new ArrayList<>(value.asList(Value::toString));
                        items.sort(String::compareTo);
                        described.put(name, items.toString());
                    } else {
                        described.put(name, value.toString());
                    }
                }
            }
        });
        return described.toString();
    }
}
