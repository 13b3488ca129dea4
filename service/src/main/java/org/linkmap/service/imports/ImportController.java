package org.linkmap.service.imports;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Future;

import jakarta.servlet.http.HttpServletRequest;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.security.LinkmapUser;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.NotFound;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/submissions/bulk} and {@code GET /api/imports/{id}}. The body is spooled to a file of the
 * {@link ImportSpool} as it arrives (it is never held in memory), then imported in the background; at most
 * {@link ImportSlots} imports are in hand at once. The answer waits up to
 * {@code wait} seconds: 200 with the final report if the import finished by then, otherwise 202 with the
 * report so far and a {@code Location} to follow it.
 */
@RestController
class ImportController {

    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    private static final int MAX_WAIT_SECONDS = 60;

    private final Imports imports;
    private final AuditTrail audit;
    private final Disclosure disclosure;
    private final Duration defaultWait;
    private final ImportSpool spool;
    private final ImportSlots slots;

    ImportController(Imports imports, AuditTrail audit, Disclosure disclosure, @Value("${linkmap.import.wait:5s}") Duration defaultWait,
                     ImportSpool spool, ImportSlots slots) {
        this.spool = spool;
        this.slots = slots;
        this.imports = imports;
        this.audit = audit;
        this.disclosure = disclosure;
        this.defaultWait = defaultWait;
    }

    @PostMapping(path = "/api/submissions/bulk", consumes = {NDJSON, CSV})
    ResponseEntity<ImportReport> bulk(HttpServletRequest request, @RequestParam(required = false) Integer wait) throws IOException {
        if (wait != null && (wait < 0 || wait > MAX_WAIT_SECONDS)) {
            throw new InvalidRequest("wait", "must be between 0 and " + MAX_WAIT_SECONDS + " seconds");
        }
        LinkmapUser user = CurrentUser.get();
        Imports.Format format = request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith(CSV) ? Imports.Format.CSV : Imports.Format.NDJSON;
        String id = UUID.randomUUID().toString();
        slots.take();
        Path spooled = null;
        Future<?> running;
        try {
            spooled = spool.spool(request.getInputStream());
            running = imports.start(new Imports.Job(id, spooled, format, user.getUsername(),
                    disclosure.agencyRule(), slots::release));
        } catch (IOException | RuntimeException e) {
            slots.release();
            if (spooled != null) {
                Files.deleteIfExists(spooled);
            }
            throw e;
        }
        audit.record("IMPORT", id);
        boolean finished = Imports.finishesWithin(running, wait == null ? defaultWait : Duration.ofSeconds(wait));
        ImportReport report = imports.find(id, user.getUsername(), false);
        if (finished) {
            return ResponseEntity.ok(report);
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/api/imports/" + id)).body(report);
    }

    /** An import's report; {@code lines=true} adds what became of every line. Only its starter may read it. */
    @GetMapping("/api/imports/{id}")
    ImportReport get(@PathVariable String id, @RequestParam(defaultValue = "false") boolean lines) {
        ImportReport report = imports.find(id, CurrentUser.get().getUsername(), lines);
        if (report == null) {
            throw new NotFound("No import " + id + ".");
        }
        return report;
    }
}
