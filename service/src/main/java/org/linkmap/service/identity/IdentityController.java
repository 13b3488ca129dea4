package org.linkmap.service.identity;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.linkmap.model.submission.FieldError;
import org.linkmap.model.submission.Identifiers;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Confirming, undoing and rejecting matches between person records. */
@RestController
class IdentityController {

    private final Identities identities;
    private final AuditTrail audit;
    private final StrictJson json;

    IdentityController(Identities identities, AuditTrail audit, StrictJson json) {
        this.json = json;
        this.identities = identities;
        this.audit = audit;
    }

    record MergeRequest(String otherId, String reason) {
    }

    record NotSameRequest(String otherId) {
    }

    record Undone(String mergeId, String survivorId, String otherId) {
    }

    @PostMapping(path = "/api/entities/{id}/merge", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Identities.MergeResult> merge(@PathVariable String id, @RequestBody String body) {
        MergeRequest request = json.read(body, MergeRequest.class);
        List<FieldError> errors = new ArrayList<>();
        checkId(errors, request.otherId());
        if (Identities.text(request.reason()).isEmpty()) {
            errors.add(new FieldError("reason", "is required: say why these records are one person"));
        } else if (request.reason().length() > 1_000) {
            errors.add(new FieldError("reason", "must be at most 1000 characters"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Identities.MergeResult result = identities.merge(id, request.otherId(), request.reason().strip());
        audit.record("MERGE", id);
        return ResponseEntity.created(URI.create("/api/merges/" + result.mergeId())).body(result);
    }

    @PostMapping("/api/merges/{mergeId}/undo")
    Undone undo(@PathVariable String mergeId) {
        Identities.UndoResult result = identities.undo(mergeId);
        audit.record("UNDO_MERGE", result.survivorId());
        return new Undone(mergeId, result.survivorId(), result.otherId());
    }

    @PostMapping(path = "/api/entities/{id}/not-same", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> notSame(@PathVariable String id, @RequestBody String body) {
        NotSameRequest request = json.read(body, NotSameRequest.class);
        List<FieldError> errors = new ArrayList<>();
        checkId(errors, request.otherId());
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        identities.notSame(id, request.otherId());
        audit.record("NOT_SAME", id);
        return ResponseEntity.noContent().build();
    }

    private static void checkId(List<FieldError> errors, String otherId) {
        if (otherId == null || otherId.isBlank()) {
            errors.add(new FieldError("otherId", "is required"));
        } else if (!otherId.matches(Identifiers.UUID_PATTERN)) {
            errors.add(new FieldError("otherId", "must be the id of a person (a UUID)"));
        }
    }
}
