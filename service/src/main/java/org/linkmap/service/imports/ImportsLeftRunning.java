package org.linkmap.service.imports;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.linkmap.service.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * At start-up, marks as FAILED, with a message beginning "interrupted", the imports that a previous process
 * left RUNNING because it was killed or crashed during them, instead of letting them read RUNNING until they
 * go stale. Imports begun by this process are left alone, and so are those of other instances sharing the
 * database: each import records the {@link InstanceName} running it, and a starting instance marks only its
 * own (and those from before imports recorded one).
 */
@Component
class ImportsLeftRunning implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ImportsLeftRunning.class);

    private final Graph graph;
    private final InstanceName instance;
    private final OffsetDateTime processStarted = OffsetDateTime.now();

    ImportsLeftRunning(Graph graph, InstanceName instance) {
        this.graph = graph;
        this.instance = instance;
    }

    /** Before the web server takes requests, so that nobody is told such an import is still running. */
    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Object> p = new HashMap<>();
        p.put("instance", instance.value());
        p.put("startedBefore", processStarted);
        long marked = graph.write(tx -> tx.optional("imports/mark-interrupted", p, r -> r.get("interrupted").asLong()).orElse(0L));
        if (marked > 0) {
            log.warn("Marked {} import(s) left running by the previous process as interrupted", marked);
        }
    }
}
