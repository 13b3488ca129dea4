package org.linkmap.service.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Folders for the tests that start services, databases or browsers of their own. They live under the module's
 * {@code target/test-folders}, so {@code mvn clean} removes them: JUnit's {@code @TempDir} would delete a folder
 * when its class ends, while the Spring context (and the database in it) that holds the folder lives on in the
 * context cache.
 */
public final class TestFolders {

    private static final Path ROOT = Path.of("target", "test-folders");

    private TestFolders() {
    }

    /** A new empty folder whose name starts with {@code prefix}. */
    public static Path fresh(String prefix) {
        try {
            return Files.createTempDirectory(Files.createDirectories(ROOT), prefix + "-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a test folder under " + ROOT.toAbsolutePath(), e);
        }
    }
}
