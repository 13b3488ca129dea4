package org.linkmap.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * With {@code linkmap.exit-when-ready=true} the service stops as soon as it is ready, demo data and all. The
 * build's training start runs this way, so that the JVM records every class a whole start loads into the
 * class-data archive that later starts map instead of loading (service/pom.xml, docs/decisions.md).
 */
@Component
@ConditionalOnProperty(name = "linkmap.exit-when-ready", havingValue = "true")
class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ExitWhenReady.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        log.info("Ready; stopping, as linkmap.exit-when-ready asks");
        System.exit(SpringApplication.exit(event.getApplicationContext()));
    }
}
