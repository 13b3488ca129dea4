package org.linkmap.service.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the audit trail and proves its chain (ADMIN only, by the security rules). */
@RestController
class AuditController {

    private final Graph graph;
    private final ChainVerification verification;

    AuditController(Graph graph, ChainVerification verification) {
        this.graph = graph;
        this.verification = verification;
    }

    record Page(long total, List<AuditEntry> items) {
    }

    @GetMapping("/api/audit")
    Page list(@RequestParam(defaultValue = "50") int limit, @RequestParam(defaultValue = "0") int offset,
              @RequestParam(required = false) String user, @RequestParam(required = false) String entityId) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequest("limit", "must be between 1 and 1000");
        }
        if (offset < 0) {
            throw new InvalidRequest("offset", "must not be negative");
        }
        Map<String, Object> filter = new HashMap<>();
        filter.put("user", user);
        filter.put("entityId", entityId);
        Map<String, Object> page = new HashMap<>(filter);
        page.put("limit", limit);
        page.put("offset", offset);
        return graph.read(tx -> new Page(
                tx.optional("audit/count-entries", filter, r -> r.get("total").asLong()).orElse(0L),
                tx.list("audit/list-entries", page, AuditEntry::from)));
    }

    /** The chain proved entry by entry and against the latest signed checkpoint ({@link ChainVerification}). */
    @GetMapping("/api/audit/verify")
    ChainVerification.Verification verify() {
        return verification.verify();
    }
}
