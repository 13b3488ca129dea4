package org.linkmap.service.imports;

import java.time.OffsetDateTime;
import java.util.Map;

import org.linkmap.service.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks as FAILED the imports that this instance's previous process left RUNNING (it was killed or
 * crashed during them), with the message "interrupted: the service stopped during the import ..." and how far
 * they got, instead of letting them read RUNNING until they go stale. Imports started by this process are
 * left alone, even if one began before this ran.
 */
@Component
class InterruptedImports {

    private static final Logger log = LoggerFactory.getLogger(InterruptedImports.class);

    private final Graph graph;
    private final InstanceName instance;
    private final OffsetDateTime processStarted = OffsetDateTime.now();

    InterruptedImports(Graph graph, InstanceName instance) {
        this.graph = graph;
        this.instance = instance;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        long marked = graph.write(tx -> tx.optional("imports/mark-interrupted",
                Map.of("instance", instance.value(), "startedBefore", processStarted), r -> r.get("interrupted").asLong()).orElse(0L));
        if (marked > 0) {
            log.warn("Marked {} import(s) left running by the previous process as interrupted", marked);
        }
    }
}
