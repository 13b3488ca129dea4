package org.linkmap.service.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The Neo4j database the service starts in its own JVM unless told to use a server.
 *
 * @param enabled   start the embedded database (otherwise the standard {@code spring.neo4j.*} properties apply)
 * @param dataDir   where the database keeps its files
 * @param boltPort  the Bolt port on 127.0.0.1; 0 picks a free one
 * @param pageCache memory for Neo4j's page cache
 * @param passwordFile where the generated password of the database's {@code neo4j} user is kept (owner-only), for
 *                  local tools such as cypher-shell; default {@code <data-dir>-password} beside the data directory
 */
@ConfigurationProperties("linkmap.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("linkmap-data/neo4j") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("128MB") DataSize pageCache,
        Path passwordFile) {

    Path passwordFileOrDefault() {
        Path data = dataDir.toAbsolutePath().normalize();
        return passwordFile != null ? passwordFile : data.resolveSibling(data.getFileName() + "-password");
    }
}
