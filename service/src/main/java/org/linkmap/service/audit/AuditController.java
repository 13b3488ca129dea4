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

    private static final int VERIFY_BATCH = 5_000;

    private final Graph graph;

    AuditController(Graph graph) {
        this.graph = graph;
    }

    record Page(long total, List<AuditEntry> items) {
    }

    record Verification(boolean valid, long entries, Long firstBrokenAt) {
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

    /**
     * Walks the chain from the first entry: each must follow the one before in sequence, carry its hash as
     * {@code previousHash}, and carry the hash of its own fields; the last must be the head's.
     */
    @GetMapping("/api/audit/verify")
    Verification verify() {
        return graph.read(tx -> {
            long expectedSequence = 1;
            String previousHash = AuditEntry.GENESIS;
            while (true) {
                List<AuditEntry> batch = tx.list("audit/read-chain", Map.of("after", expectedSequence - 1, "limit", VERIFY_BATCH), AuditEntry::from);
                for (AuditEntry entry : batch) {
                    if (entry.sequence() != expectedSequence || !entry.previousHash().equals(previousHash)
                            || !entry.hash().equals(entry.expectedHash())) {
                        return new Verification(false, expectedSequence - 1, expectedSequence);
                    }
                    previousHash = entry.hash();
                    expectedSequence++;
                }
                if (batch.size() < VERIFY_BATCH) {
                    break;
                }
            }
            long entries = expectedSequence - 1;
            String lastHash = previousHash;
            var head = tx.optional("audit/read-head", Map.of(), r -> new Object[] {r.get("sequence").asLong(), r.get("lastHash").asString()});
            boolean headAgrees = head.map(h -> (long) h[0] == entries && h[1].equals(lastHash)).orElse(entries == 0);
            return headAgrees ? new Verification(true, entries, null) : new Verification(false, entries, entries + 1);
        });
    }
}
