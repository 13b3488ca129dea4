package org.linkmap.service.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.ApiTestSupport;
import org.linkmap.service.support.HarnessTest;

/** The readiness probe is open, and names the demo-data check the pages read. */
@HarnessTest
class ReadinessTest extends ApiTestSupport {

    @Test
    void shouldReportReadyWithTheDemoDataCheckWhenNothingIsLoading() {
        var reply = client.get("/actuator/health/readiness", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().get("status").asText()).isEqualTo("UP");
        assertThat(reply.body().at("/components/demoData/status").asText()).isEqualTo("UP");
        assertThat(reply.body().at("/components/readinessState/status").asText()).isEqualTo("UP");
    }
}
