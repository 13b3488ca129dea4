package org.linkmap.service.network;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.linkmap.model.EntityKind;
import org.linkmap.model.Vocabulary;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/network/{id}?depth=&kinds=}. */
@RestController
class NetworkController {

    private final NetworkExplorer explorer;
    private final AuditTrail audit;

    NetworkController(NetworkExplorer explorer, AuditTrail audit) {
        this.explorer = explorer;
        this.audit = audit;
    }

    @GetMapping("/api/network/{id}")
    NetworkExplorer.Network network(@PathVariable String id, @RequestParam(defaultValue = "2") int depth,
                                    @RequestParam(required = false) List<String> kinds,
                                    @RequestParam(required = false) Integer limit) {
        if (depth < 1 || depth > 4) {
            throw new InvalidRequest("depth", "must be between 1 and 4");
        }
        if (limit != null && (limit < 1 || limit > explorer.nodeLimit())) {
            throw new InvalidRequest("limit", "must be between 1 and " + explorer.nodeLimit());
        }
        NetworkExplorer.Network network = explorer.explore(id, depth, kinds(kinds), limit == null ? explorer.nodeLimit() : limit);
        audit.record("READ_NETWORK", id);
        return network;
    }

    /**
     * The network for other tools. Links graded C (sharing with conditions) are left out unless the reader
     * states the conditions are met ({@code conditionsMet=true}), which is audited; the response says how
     * many were withheld in {@code X-Linkmap-Withheld-Links}.
     */
    @GetMapping("/api/network/{id}/export")
    ResponseEntity<String> export(@PathVariable String id, @RequestParam(defaultValue = "2") int depth,
                                  @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(defaultValue = "false") boolean conditionsMet) {
        if (depth < 1 || depth > 4) {
            throw new InvalidRequest("depth", "must be between 1 and 4");
        }
        if (!format.equals("csv") && !format.equals("graphml")) {
            throw new InvalidRequest("format", "must be csv or graphml");
        }
        NetworkExplorer.Network network = explorer.explore(id, depth, EnumSet.allOf(EntityKind.class));
        NetworkExplorer.Network exported = conditionsMet ? network : NetworkExport.withoutConditionalLinks(network);
        audit.record(conditionsMet ? "EXPORT_CONDITIONS_MET" : "EXPORT", id);
        String body = format.equals("csv") ? NetworkExport.csv(exported) : NetworkExport.graphml(exported);
        return ResponseEntity.ok()
                .contentType(format.equals("csv") ? new MediaType("text", "csv") : MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"network-" + id + "." + format + "\"")
                .header("X-Linkmap-Withheld-Links", String.valueOf(network.edges().size() - exported.edges().size()))
                .body(body);
    }

    private static EnumSet<EntityKind> kinds(List<String> names) {
        if (names == null || names.isEmpty()) {
            return EnumSet.allOf(EntityKind.class);
        }
        EnumSet<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            EntityKind kind = Vocabulary.parse(EntityKind.class, name.strip());
            if (kind == null) {
                unknown.add(name);
            } else {
                kinds.add(kind);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("kinds", "must be a comma-separated list of " + Vocabulary.namesOf(EntityKind.class));
        }
        return kinds;
    }
}
