package org.linkmap.service.demo;

import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code demoData} in {@code /actuator/health} and its readiness group: OUT_OF_SERVICE while the demo data is
 * being loaded, UP otherwise (also when there is no demo). The pages read it to say "loading demo data" rather
 * than show an empty county.
 */
@Component("demoDataHealthIndicator")
class DemoDataHealth implements HealthIndicator {

    private final AtomicBoolean loading = new AtomicBoolean();

    void loading(boolean now) {
        loading.set(now);
    }

    @Override
    public Health health() {
        return loading.get() ? Health.outOfService().build() : Health.up().build();
    }
}
