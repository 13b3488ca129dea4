package org.linkmap.service.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.LinkmapClient;

/**
 * Agencies submit at the same time about the same phone, vehicle and child: every submission is accepted and
 * each of those is still one node.
 */
@HarnessTest
class ConcurrentIntakeTest extends ApiTestSupport {

    private static final String[] PHONE_FORMATS = {"07700 900555", "+44 7700 900555", "447700900555", "0044 7700 900555"};
    private static final String[] MARK_FORMATS = {"PK21 XYZ", "pk21xyz", "PK21-XYZ", "pk21 xyz"};

    @Test
    void shouldNeitherDuplicateNorFailWhenSubmissionsNameTheSameThingsAtOnce() throws Exception {
        int submissions = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            int n = i;
            Callable<Integer> submit = () -> client.submit(submission(n)).status();
            statuses.add(pool.submit(submit));
        }
        List<Integer> answers = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            answers.add(status.get());
        }
        pool.shutdown();

        assertThat(answers).containsOnly(201);
        assertThat(client.count("MATCH (p:Phone {number: '+447700900555'}) RETURN count(p)", Map.of())).isEqualTo(1);
        assertThat(client.count("MATCH (v:Vehicle {vrm: 'PK21XYZ'}) RETURN count(v)", Map.of())).isEqualTo(1);
        assertThat(client.count("MATCH (p:Person)-[:HAS_IDENTIFIER]->(:Identifier {key: 'LCS:LCS-555555'}) RETURN count(DISTINCT p)", Map.of()))
                .isEqualTo(1);
        assertThat(client.count("MATCH (:Person)-[r:USES]->(:Phone {number: '+447700900555'}) RETURN sum(size(r.sources))", Map.of()))
                .isEqualTo(submissions);
    }

    private static String submission(int n) {
        return """
                {"submissionRef":"PAR-%d","agency":"AGENCY_%d","submittedBy":"x","submittedAt":"2026-11-02T10:15:00Z",
                 "grading":{"source":2,"intelligence":"B","handling":"P"},
                 "entities":[{"ref":"c","type":"PERSON","roles":["CHILD"],"name":"Parallel Child %d","identifiers":{"LCS":"LCS-555555"}},
                             {"ref":"ph","type":"PHONE","number":"%s"},
                             {"ref":"v","type":"VEHICLE","vrm":"%s"}],
                 "links":[{"from":"c","to":"ph","type":"USES"},{"from":"c","to":"v","type":"USES"}]}
                """.formatted(n, n % 3, n, PHONE_FORMATS[n % 4], MARK_FORMATS[n % 4]);
    }
}
