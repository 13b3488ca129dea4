package org.linkmap.service.neo4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.linkmap.service.secrets.OwnerOnlyFiles;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.UserSerialization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded database's {@code neo4j} user: read from its owner-only file, or generated into
 * it on first start. Before the first start it is written as Neo4j's initial password (what
 * {@code neo4j-admin dbms set-initial-password} does), so the default {@code neo4j} password that Neo4j requires
 * to be changed never exists. Should the file later be lost or replaced, the new password is set in-process on
 * the {@code system} database (which needs no password).
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

    /**
     * Gives Neo4j {@code password} as the {@code neo4j} user's initial password if the database in {@code home}
     * has never been started (its {@code system} database does not exist yet); true if it did.
     */
    static boolean offerAsInitial(Path home, String password) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
        if (Files.exists(Neo4jLayout.of(config).databasesDirectory().resolve(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))) {
            return false;
        }
        User initial = new User(USER, null, SystemGraphCredential.createCredentialForPassword(
                password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false);
        OwnerOnlyFiles.write(initialPasswordFile(config),
                new String(new UserSerialization().serialize(List.of(initial)), StandardCharsets.UTF_8));
        return true;
    }

    /**
     * Removes the initial password's file once Neo4j has taken it into its {@code system} database, so that no
     * copy of the credential is left behind.
     */
    static void forgetInitial(Path home) {
        try {
            Files.deleteIfExists(initialPasswordFile(Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the database's initial password file", e);
        }
    }

    private static Path initialPasswordFile(Config config) {
        return CommunitySecurityModule.getInitialUserRepositoryFile(config);
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
