package org.linkmap.service.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.linkmap.service.support.HarnessTest;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every Cypher file is valid against a real Neo4j, the schema can be applied again without change, and
 * every query name the code uses has its file (and every file is used).
 */
@HarnessTest
class CypherFilesTest {


    @Autowired
    Driver driver;

    @Test
    void shouldPlanEveryQueryFileWithExplain() throws IOException {
        Set<String> names = queryFiles();
        assertThat(names).hasSizeGreaterThan(20);
        try (var session = driver.session()) {
            for (String name : names) {
                String text = new CypherStatements().get(name);
                var summary = session.run("EXPLAIN " + text).consume();
                assertThat(summary.plan()).as(name).isNotNull();
            }
        }
    }

    @Test
    void shouldApplyTheSchemaAgainWithoutChangingIt() {
        try (var session = driver.session()) {
            long before = session.run("SHOW CONSTRAINTS YIELD name RETURN count(name) AS c").single().get("c").asLong()
                    + session.run("SHOW INDEXES YIELD name RETURN count(name) AS c").single().get("c").asLong();
            for (String statement : GraphSchema.statements()) {
                session.run(statement).consume();
            }
            long after = session.run("SHOW CONSTRAINTS YIELD name RETURN count(name) AS c").single().get("c").asLong()
                    + session.run("SHOW INDEXES YIELD name RETURN count(name) AS c").single().get("c").asLong();
            assertThat(after).isEqualTo(before);
            assertThat(session.run("SHOW INDEXES YIELD name, type WHERE type = 'POINT' RETURN collect(name) AS n")
                    .single().get("n").asList()).contains("incident_point", "location_point");
            assertThat(session.run("SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN collect(name) AS n")
                    .single().get("n").asList()).contains("entity_search");
        }
    }

    @Autowired
    GraphSchema schema;

    @Test
    void shouldMakeAgainASearchIndexAnEarlierVersionMadeWithOtherSettings() {
        try (var session = driver.session()) {
            session.run("DROP INDEX entity_search").consume();
            session.run("CREATE FULLTEXT INDEX entity_search FOR (n:Person|Location) ON EACH [n.name]").consume();
            session.run("CALL db.awaitIndexes(60)").consume();
            assertThat(eventuallyConsistent(session)).isFalse();

            schema.afterPropertiesSet();

            assertThat(eventuallyConsistent(session)).isTrue();
            assertThat(session.run("SHOW INDEXES YIELD name, labelsOrTypes WHERE name = 'entity_search' RETURN labelsOrTypes")
                    .single().get(0).asList()).as("the index as the schema file defines it").hasSize(7);
        }
    }

    private static boolean eventuallyConsistent(org.neo4j.driver.Session session) {
        return session.run("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_search' "
                + "RETURN options.indexConfig.`fulltext.eventually_consistent` AS e").single().get("e").asBoolean();
    }

    @Test
    void shouldHaveAFileForEveryQueryTheCodeNamesAndUseEveryFile() throws IOException {
        Set<String> used = new TreeSet<>();
        // A query name is "<capability>/<verb-noun>", the capability being any folder of cypher/queries.
        Set<String> capabilities = new TreeSet<>();
        queryFiles().forEach(name -> capabilities.add(name.substring(0, name.indexOf('/'))));
        Pattern queryName = Pattern.compile("\"((?:" + String.join("|", capabilities) + ")/[a-z-]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = queryName.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(queryFiles()).containsExactlyInAnyOrderElementsOf(used);
    }

    private static Set<String> queryFiles() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:cypher/queries/**/*.cypher")) {
            String path = file.getURL().toString();
            String name = path.substring(path.indexOf("cypher/queries/") + "cypher/queries/".length(), path.length() - ".cypher".length());
            names.add(name);
        }
        return names;
    }
}
