package org.linkmap.service.network;

import java.util.List;
import java.util.Map;

import org.linkmap.service.audit.AuditTrail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/network/analysis?ids=&depth=&<filters>}: measures, communities and key players. */
@RestController
class AnalysisController {

    static final int MAX_IDS = 50;

    private final NetworkAnalysis analysis;
    private final AuditTrail audit;

    AnalysisController(NetworkAnalysis analysis, AuditTrail audit) {
        this.analysis = analysis;
        this.audit = audit;
    }

    @GetMapping("/api/network/analysis")
    NetworkAnalysis.AnalysisView analyse(@RequestParam Map<String, String> query) {
        NetworkParameters p = NetworkParameters.of(query);
        List<String> ids = p.ids("ids", 1, MAX_IDS);
        int depth = p.integer("depth", 1, 4, 2);
        NetworkFilter filter = p.filter("from", "to");
        p.check();
        NetworkAnalysis.AnalysisView view = analysis.analyse(ids, depth, filter);
        audit.recordAll("ANALYSE_NETWORK", ids);
        return view;
    }
}
