package org.linkmap.service.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

import jakarta.annotation.PostConstruct;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where bulk uploads are spooled before they are imported: a directory of the service's own
 * ({@code linkmap.import.spool-dir}, owner-only, since the files are intelligence), not the shared temporary
 * directory. Each import deletes its file when it ends; files left by a process that was killed are deleted at
 * start-up, since their imports can no longer run.
 */
@Component
class ImportSpool {

    private static final Logger log = LoggerFactory.getLogger(ImportSpool.class);
    private static final String SUFFIX = ".part";

    private final Path dir;

    ImportSpool(@Value("${linkmap.import.spool-dir:${linkmap.data-dir:linkmap-data}/import-spool}") Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    @PostConstruct
    void removeLeftovers() throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
                removed++;
            }
        }
        if (removed > 0) {
            log.warn("Removed {} spooled import file(s) left in {} by a service that stopped during an upload or import", removed, dir);
        }
    }

    /** Copies the upload into a new file of the spool, deleting it again if the copy fails. */
    Path spool(InputStream body) throws IOException {
        if (!Files.isDirectory(dir)) {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        }
        Path file = Files.createTempFile(dir, "import-", SUFFIX);
        try (body) {
            Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    Path dir() {
        return dir;
    }
}
