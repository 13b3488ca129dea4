package org.linkmap.service.ingest;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.Source;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/submissions}: intelligence and referrals from agencies and meetings. */
@RestController
class SubmissionController {

    private final SubmissionIntake intake;
    private final Graph graph;
    private final AuditTrail audit;
    private final Disclosure disclosure;
    private final SubmissionRedaction redaction;
    private final ObjectMapper json;

    SubmissionController(SubmissionIntake intake, Graph graph, AuditTrail audit, Disclosure disclosure,
                         SubmissionRedaction redaction, ObjectMapper json) {
        this.intake = intake;
        this.graph = graph;
        this.audit = audit;
        this.disclosure = disclosure;
        this.redaction = redaction;
        this.json = json;
    }

    @PostMapping(path = "/api/submissions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionReceipt> submit(@RequestBody byte[] body) {
        // The entry commits with the submission: a submission is never stored unrecorded.
        var outcome = intake.accept(SubmissionReader.utf8(body), disclosure.agencyRule(), (tx, stored) ->
                audit.recordWithin(tx, stored.created() ? "SUBMIT" : "SUBMIT_REPEATED", stored.receipt().submissionId()));
        if (!outcome.created()) {
            return ResponseEntity.ok(outcome.receipt());
        }
        return ResponseEntity.created(URI.create("/api/submissions/" + outcome.receipt().submissionId())).body(outcome.receipt());
    }

    record SubmissionSummary(String submissionId, String submissionRef, String agency, OffsetDateTime submittedAt) {
    }

    record Page(long total, List<SubmissionSummary> items) {
    }

    @GetMapping("/api/submissions")
    Page list(@RequestParam(required = false) String agency, @RequestParam(defaultValue = "50") int limit,
              @RequestParam(defaultValue = "0") int offset) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequest("limit", "must be between 1 and 500");
        }
        if (offset < 0) {
            throw new InvalidRequest("offset", "must not be negative");
        }
        Map<String, Object> filter = new HashMap<>();
        filter.put("agency", disclosure.checkAgency(agency));
        filter.put("areas", disclosure.areaScope().isEmpty() ? null : List.copyOf(disclosure.areaScope()));
        Map<String, Object> page = new HashMap<>(filter);
        page.put("limit", limit);
        page.put("offset", offset);
        audit.record("LIST_SUBMISSIONS", null);
        return graph.read(tx -> new Page(
                tx.optional("ingest/count-submissions", filter, r -> r.get("total").asLong()).orElse(0L),
                tx.list("ingest/list-submissions", page, r -> new SubmissionSummary(r.get("submissionId").asString(),
                        r.get("submissionRef").asString(), r.get("agency").asString(), r.get("submittedAt").asOffsetDateTime()))));
    }

    /**
     * The submission as it was received. An agency user may read its own agency's only, a MACE member those
     * of its areas' cases; a reader who does not see children's identities gets them replaced by pseudonyms,
     * unless the reader's own agency sent it.
     */
    @GetMapping(path = "/api/submissions/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String get(@PathVariable String id) {
        record Stored(Source source, String body, String receipt) {
        }
        Stored stored = graph.read(tx -> tx.optional("ingest/find-submission-body", Map.of("id", id),
                r -> new Stored(new Source(id, r.get("agency").asString(), r.get("forumArea").asString(null),
                        r.get("areas").asList(v -> v.asString())), r.get("body").asString(), r.get("receipt").asString()))).orElse(null);
        boolean ownAgency = stored != null && stored.source().agency().equals(disclosure.agencyScope());
        if (stored == null || disclosure.agencyScope() != null && !ownAgency) {
            throw new NotFound("No submission " + id + ".");
        }
        if (!disclosure.sees(stored.source())) {
            throw disclosure.heldElsewhere("This submission",
                    stored.source().areas().isEmpty() ? List.of(stored.source().agency()) : stored.source().areas());
        }
        audit.record("READ_SUBMISSION", id);
        if (ownAgency) {
            return stored.body();
        }
        return redaction.forReader(stored.body(), receiptIds(stored.receipt()), stored.source());
    }

    private Map<String, String> receiptIds(String receipt) {
        try {
            SubmissionReceipt read = json.readValue(receipt, SubmissionReceipt.class);
            Map<String, String> ids = new HashMap<>(read.entities());
            if (read.incidents() != null) {
                ids.putAll(read.incidents());
            }
            return ids;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A stored receipt is unreadable", e);
        }
    }
}
