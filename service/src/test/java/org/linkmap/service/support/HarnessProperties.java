package org.linkmap.service.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** Points the service at the harness instead of starting its own embedded database. */
@TestConfiguration(proxyBeanMethods = false)
@Profile("harness")
public class HarnessProperties {

    @Bean
    DynamicPropertyRegistrar harnessUri() {
        return registry -> registry.add("spring.neo4j.uri", () -> Neo4jHarness.boltUri().toString());
    }
}
