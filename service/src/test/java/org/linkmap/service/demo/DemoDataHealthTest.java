package org.linkmap.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

class DemoDataHealthTest {

    @Test
    void isOutOfServiceOnlyWhileLoading() {
        DemoDataHealth health = new DemoDataHealth();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);

        health.loading(true);
        assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);

        health.loading(false);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
