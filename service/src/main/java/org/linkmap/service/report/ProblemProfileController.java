package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.linkmap.model.submission.FieldError;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/problem-profile?area=&from=&to=}: an area's problem profile in the national template's
 * sections (the page prints it). By default the six months to today; at most three years, so the neighbourhoods'
 * hotspot query and its previous period stay within bounds.
 */
@RestController
class ProblemProfileController {

    static final int DEFAULT_MONTHS = 6;
    static final int MAX_YEARS = 3;

    private final ProblemProfiles profiles;
    private final Areas areas;
    private final Disclosure disclosure;
    private final AuditTrail audit;

    ProblemProfileController(ProblemProfiles profiles, Areas areas, Disclosure disclosure, AuditTrail audit) {
        this.profiles = profiles;
        this.areas = areas;
        this.disclosure = disclosure;
        this.audit = audit;
    }

    @GetMapping("/api/reports/problem-profile")
    ProblemProfile problemProfile(@RequestParam(required = false) String area, @RequestParam(required = false) String from,
                                  @RequestParam(required = false) String to) {
        List<FieldError> errors = new ArrayList<>();
        if (area == null || area.isBlank()) {
            errors.add(new FieldError("area", "is required: the area the profile is of"));
        } else if (!areas.codes().contains(area)) {
            errors.add(new FieldError("area", "must be one of " + String.join(", ", areas.codes())));
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate toDate = date("to", to, today, errors);
        LocalDate fromDate = date("from", from, toDate == null ? null : toDate.minusMonths(DEFAULT_MONTHS).plusDays(1), errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(new FieldError("to", "must not be before from"));
        } else if (fromDate != null && toDate != null && toDate.isAfter(fromDate.plusYears(MAX_YEARS))) {
            errors.add(new FieldError("to", "must be within " + MAX_YEARS + " years of from"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        disclosure.checkArea(area);
        ProblemProfile profile = profiles.of(area, fromDate, toDate);
        audit.record("READ_PROBLEM_PROFILE", area);
        return profile;
    }

    private static LocalDate date(String field, String text, LocalDate fallback, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1900 || date.getYear() > 2999) {
                errors.add(new FieldError(field, "must be a date between 1900 and 2999"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "must be an ISO date such as 2026-10-01"));
            return null;
        }
    }
}
