package org.linkmap.service.report;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/risk-document?area=}: the operational group's weekly risk document (the page prints it). */
@RestController
class RiskDocumentController {

    private final RiskDocuments documents;
    private final Areas areas;
    private final Disclosure disclosure;
    private final AuditTrail audit;

    RiskDocumentController(RiskDocuments documents, Areas areas, Disclosure disclosure, AuditTrail audit) {
        this.documents = documents;
        this.areas = areas;
        this.disclosure = disclosure;
        this.audit = audit;
    }

    @GetMapping("/api/reports/risk-document")
    RiskDocument riskDocument(@RequestParam(required = false) String area) {
        if (area == null || area.isBlank()) {
            throw new InvalidRequest("area", "is required: the operational group's area");
        }
        if (!areas.isKnown(area)) {
            throw new InvalidRequest("area", "must be one of " + String.join(", ", areas.codes()));
        }
        disclosure.checkArea(area);
        RiskDocument document = documents.of(area);
        audit.record("READ_RISK_DOCUMENT", area);
        return document;
    }
}
