package org.linkmap.service.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/schema/*.cypher} in file-name order when the service starts. Every statement is
 * written with {@code IF NOT EXISTS}, so applying them again changes nothing; an index an earlier version made
 * with other settings is dropped first and so made again. Waits for the indexes to be online before the service
 * answers.
 */
@Component
public class GraphSchema implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);
    private static final int INDEX_WAIT_SECONDS = 300;

    private final Driver driver;
    private final CypherStatements queries;

    GraphSchema(Driver driver, CypherStatements queries) {
        this.driver = driver;
        this.queries = queries;
    }

    @Override
    public void afterPropertiesSet() {
        long started = System.nanoTime();
        List<String> statements = statements();
        try (Session session = driver.session()) {
            dropOutdated(session);
            session.executeWriteWithoutResult(tx -> statements.forEach(statement -> tx.run(statement).consume()));
            session.run(queries.get("neo4j/await-indexes"), java.util.Map.of("seconds", INDEX_WAIT_SECONDS)).consume();
        }
        log.info("Graph schema applied: {} statements in {} ms", statements.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Drops the indexes an earlier version created with settings the schema files now give differently, so that
     * applying the files creates them again as defined; waiting for the indexes then covers their population.
     */
    private void dropOutdated(Session session) {
        List<String> outdated = session.executeRead(tx -> tx.run(queries.get("neo4j/find-outdated-indexes")).list(r -> r.get("name").asString()));
        if (!outdated.isEmpty()) {
            log.info("Creating again with their new settings: {}", outdated);
            session.executeWriteWithoutResult(tx -> tx.run(queries.get("neo4j/drop-search-index")).consume());
        }
    }

    /** The schema statements in order, split at semicolons that end a line; comment lines dropped. */
    public static List<String> statements() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/schema/*.cypher");
            Arrays.sort(files, Comparator.comparing(Resource::getFilename));
            return Arrays.stream(files).flatMap(file -> split(read(file)).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> split(String text) {
        String withoutComments = text.lines().filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*(\\n|$)"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String read(Resource file) {
        try (var in = file.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
