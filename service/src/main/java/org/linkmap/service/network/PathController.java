package org.linkmap.service.network;

import java.util.List;
import java.util.Map;

import org.linkmap.service.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Find Path ({@code /api/network/paths}), Find Connecting Network ({@code /api/network/connecting}) and what
 * links two cases ({@code /api/network/links-between}). On these endpoints {@code from} and {@code to} are node
 * ids, so the reporting period is {@code periodFrom}/{@code periodTo}.
 */
@RestController
class PathController {

    static final int MAX_CONNECTING = 20;

    private final NetworkPaths paths;
    private final LinksBetween linksBetween;
    private final AuditTrail audit;

    PathController(NetworkPaths paths, LinksBetween linksBetween, AuditTrail audit) {
        this.paths = paths;
        this.linksBetween = linksBetween;
        this.audit = audit;
    }

    @GetMapping("/api/network/paths")
    NetworkPaths.PathsView paths(@RequestParam Map<String, String> query) {
        NetworkParameters p = NetworkParameters.of(query);
        String from = p.text("from");
        String to = p.text("to");
        int maxHops = p.integer("maxHops", 1, 10, 6);
        NetworkFilter filter = p.filter("periodFrom", "periodTo");
        p.check();
        NetworkPaths.PathsView found = paths.paths(from, to, maxHops, filter);
        audit.recordAll("READ_NETWORK_PATHS", List.of(from, to));
        return found;
    }

    @GetMapping("/api/network/connecting")
    NetworkPaths.ConnectingView connecting(@RequestParam Map<String, String> query) {
        NetworkParameters p = NetworkParameters.of(query);
        List<String> ids = p.ids("ids", 2, MAX_CONNECTING);
        int maxHops = p.integer("maxHops", 1, 10, 6);
        NetworkFilter filter = p.filter("from", "to");
        p.check();
        NetworkPaths.ConnectingView found = paths.connecting(ids, maxHops, filter);
        audit.recordAll("READ_CONNECTING_NETWORK", ids);
        return found;
    }

    @GetMapping("/api/network/links-between")
    LinksBetween.LinksBetweenView linksBetween(@RequestParam Map<String, String> query) {
        NetworkParameters p = NetworkParameters.of(query);
        String a = p.text("a");
        String b = p.text("b");
        int maxHops = p.integer("maxHops", 2, 6, 4);
        NetworkFilter filter = p.filter("from", "to");
        p.check();
        LinksBetween.LinksBetweenView found = linksBetween.between(a, b, maxHops, filter);
        audit.recordAll("READ_LINKS_BETWEEN", List.of(a, b));
        return found;
    }
}
