package org.linkmap.service.network;

import java.util.Map;

import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.network.export.CsvWriter;
import org.linkmap.service.network.export.ExportFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/network/{id}} (the filtered neighbourhood) and {@code GET /api/network/{id}/export}. */
@RestController
class NetworkController {

    private final Neighbourhood neighbourhood;
    private final NetworkAccess access;
    private final AuditTrail audit;
    private final int nodeLimit;

    NetworkController(Neighbourhood neighbourhood, NetworkAccess access, AuditTrail audit, NetworkProperties properties) {
        this.neighbourhood = neighbourhood;
        this.access = access;
        this.audit = audit;
        this.nodeLimit = properties.nodeLimit();
    }

    @GetMapping("/api/network/{id}")
    NetworkView network(@PathVariable String id, @RequestParam Map<String, String> query) {
        NetworkParameters p = NetworkParameters.of(query);
        int depth = p.integer("depth", 1, 4, 2);
        int limit = p.integer("limit", 1, nodeLimit, nodeLimit);
        NetworkFilter filter = p.filter("from", "to");
        p.check();
        NetworkView network = neighbourhood.around(id, depth, filter, limit);
        audit.record("READ_NETWORK", id);
        return network;
    }

    /**
     * The network for other tools. Links graded C (sharing with conditions), and nodes reached only through them,
     * are left out unless the reader states the conditions are met ({@code conditionsMet=true}), which is audited;
     * {@code X-Linkmap-Withheld-Links} says how many links were left out. CSV gives one row per link, or with
     * {@code table=nodes} one row per node.
     */
    @GetMapping("/api/network/{id}/export")
    ResponseEntity<byte[]> export(@PathVariable String id, @RequestParam Map<String, String> query,
                                  @RequestParam(defaultValue = "csv") String format,
                                  @RequestParam(defaultValue = "links") String table) {
        NetworkParameters p = NetworkParameters.of(query);
        int depth = p.integer("depth", 1, 4, 2);
        NetworkFilter filter = p.filter("from", "to");
        ExportFormat chosen = ExportFormat.parse(format);
        p.require(chosen != null, "format", "must be graphml, anx or csv");
        p.require(table.equals("links") || table.equals("nodes"), "table", "must be links or nodes");
        boolean conditionsMet = "true".equalsIgnoreCase(query.get("conditionsMet"));
        p.require(query.get("conditionsMet") == null || conditionsMet || "false".equalsIgnoreCase(query.get("conditionsMet")),
                "conditionsMet", "must be true or false");
        p.check();
        Withholding.Result result = Withholding.apply(neighbourhood.around(id, depth, filter, nodeLimit), conditionsMet);
        audit.record(conditionsMet ? "EXPORT_CONDITIONS_MET" : "EXPORT", id);
        byte[] body = chosen == ExportFormat.CSV && table.equals("nodes") ? CsvWriter.nodes(result.network(), access::text)
                : chosen.write(result.network(), access::text);
        String name = "network-" + result.network().rootId() + (table.equals("nodes") ? "-nodes." : ".") + chosen.extension();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType() + ";charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .header("X-Linkmap-Withheld-Links", String.valueOf(result.withheldLinks()))
                .header("X-Linkmap-Withheld-Nodes", String.valueOf(result.withheldNodes()))
                .body(body);
    }
}
