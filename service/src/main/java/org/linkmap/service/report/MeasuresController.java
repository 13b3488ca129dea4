package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/measures?area=&from=&to=}: the board's quantitative measures by area and quarter, as JSON
 * or (with {@code Accept: text/csv}) as one CSV row per area and quarter. By default the four quarters to the end of
 * the current one, over the reader's areas.
 */
@RestController
class MeasuresController {

    private static final String CSV_HEADER = "area,quarter,childrenFlagged,personsOfInterestFlagged,"
            + "referralsWithExploitationIdentified,missingEpisodesWithExploitationRisk,noticesAndOrders,arrests,disruptions,"
            + "recordsWithoutGrading,incidentsWithoutLocation,childrenWithoutRiskLevel";

    private final Measures measures;
    private final Areas areas;
    private final Disclosure disclosure;
    private final AuditTrail audit;

    MeasuresController(Measures measures, Areas areas, Disclosure disclosure, AuditTrail audit) {
        this.measures = measures;
        this.areas = areas;
        this.disclosure = disclosure;
        this.audit = audit;
    }

    @GetMapping(path = "/api/reports/measures", produces = MediaType.APPLICATION_JSON_VALUE)
    Measures.Report json(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to) {
        Measures.Report report = report(area, from, to);
        audit.record("READ_MEASURES", null);
        return report;
    }

    @GetMapping(path = "/api/reports/measures", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to) {
        Measures.Report report = report(area, from, to);
        StringBuilder csv = new StringBuilder(CSV_HEADER).append('\n');
        for (Measures.Row r : report.rows()) {
            csv.append(disclosure.text(r.area())).append(',').append(r.quarter()).append(',').append(r.childrenFlagged())
                    .append(',').append(r.personsOfInterestFlagged()).append(',').append(r.referralsWithExploitationIdentified())
                    .append(',').append(r.missingEpisodesWithExploitationRisk()).append(',').append(r.noticesAndOrders())
                    .append(',').append(r.arrests()).append(',').append(r.disruptions()).append(',').append(r.recordsWithoutGrading())
                    .append(',').append(r.incidentsWithoutLocation()).append(',').append(r.childrenWithoutRiskLevel()).append('\n');
        }
        audit.record("EXPORT_MEASURES", null);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"measures.csv\"").body(csv.toString());
    }

    private Measures.Report report(String area, String fromText, String toText) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        Quarter current = Quarter.of(today);
        LocalDate from = date("from", fromText, new Quarter(current.year() - 1, current.number()).next().start());
        LocalDate to = date("to", toText, current.next().start().minusDays(1));
        if (to.isBefore(from)) {
            throw new InvalidRequest("to", "must not be before from");
        }
        if (to.isAfter(from.plusYears(10))) {
            throw new InvalidRequest("to", "must be within ten years of from");
        }
        if (area != null && !areas.isKnown(area)) {
            throw new InvalidRequest("area", "must be one of " + String.join(", ", areas.codes()));
        }
        disclosure.checkArea(area);
        List<String> scope = disclosure.areaScope().isEmpty() ? List.copyOf(areas.codes())
                : areas.codes().stream().filter(disclosure.areaScope()::contains).toList();
        return measures.of(from, to, area != null ? List.of(area) : scope);
    }

    private static LocalDate date(String field, String text, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                throw new InvalidRequest(field, "must be a date between 1900 and 2999");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(field, "must be an ISO date such as 2026-10-01");
        }
    }
}
