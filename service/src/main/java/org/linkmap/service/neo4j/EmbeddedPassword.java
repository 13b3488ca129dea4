package org.linkmap.service.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

import org.linkmap.service.secrets.OwnerOnlyFiles;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's {@code neo4j} user: read from its owner-only file, or generated into
 * it on first start. It is set in-process on the {@code system} database at every start (which needs no
 * password), so a lost or replaced file is simply taken as the new password, and the initial {@code neo4j}
 * password that Neo4j requires to be changed never reaches Bolt.
 */
final class EmbeddedPassword {

    static final String USER = "neo4j";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPassword.class);

    private EmbeddedPassword() {
    }

    static String readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                if (OwnerOnlyFiles.isShared(file)) {
                    log.warn("The database password file {} can be read by others than its owner: chmod 600 it", file);
                }
                String password = Files.readString(file).strip();
                if (!password.isEmpty()) {
                    return password;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the database password file " + file, e);
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        OwnerOnlyFiles.write(file, password + "\n");
        log.info("Generated the embedded database's password in {} (owner-only): cypher-shell -u neo4j -p \"$(cat {})\"", file, file);
        return password;
    }

    /** Makes {@code password} the {@code neo4j} user's, with no change required at first sign-in. */
    static void apply(DatabaseManagementService database, String password) {
        try {
            database.database("system").executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to itself; that is the usual case on every start after the first.
            if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                throw e;
            }
        }
    }
}
