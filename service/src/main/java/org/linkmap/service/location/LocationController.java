package org.linkmap.service.location;

import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.StrictJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/locations/{id}}, {@code PUT} and {@code DELETE /api/locations/{id}/concern} and
 * {@code GET /api/locations?concern=true&area=}. Every read and every change of a flag is audited.
 */
@RestController
class LocationController {

    private final LocationCases cases;
    private final LocationConcerns concerns;
    private final AuditTrail audit;
    private final StrictJson json;

    LocationController(LocationCases cases, LocationConcerns concerns, AuditTrail audit, StrictJson json) {
        this.json = json;
        this.cases = cases;
        this.concerns = concerns;
        this.audit = audit;
    }

    @GetMapping("/api/locations/{id}")
    LocationCases.LocationCase location(@PathVariable String id) {
        LocationCases.LocationCase found = cases.describe(id);
        audit.record("READ_LOCATION", id);
        return found;
    }

    record ConcernRequest(String reason) {
    }

    record ConcernAnswer(String id, Place.Concern concern) {
    }

    @PutMapping(path = "/api/locations/{id}/concern", consumes = MediaType.APPLICATION_JSON_VALUE)
    ConcernAnswer setConcern(@PathVariable String id, @RequestBody String body) {
        ConcernRequest request = json.read(body, ConcernRequest.class);
        Place.Concern concern = concerns.set(id, request.reason());
        audit.record("SET_LOCATION_CONCERN", id);
        return new ConcernAnswer(id, concern);
    }

    @DeleteMapping("/api/locations/{id}/concern")
    ResponseEntity<Void> clearConcern(@PathVariable String id) {
        concerns.clear(id);
        audit.record("CLEAR_LOCATION_CONCERN", id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/locations")
    LocationConcerns.LocationList locations(@RequestParam(required = false) String concern,
                                            @RequestParam(required = false) String area,
                                            @RequestParam(defaultValue = "200") int limit,
                                            @RequestParam(defaultValue = "0") int offset) {
        if (concern != null && !concern.equals("true") && !concern.equals("false")) {
            throw new InvalidRequest("concern", "must be true or false");
        }
        LocationConcerns.LocationList list = concerns.list("true".equals(concern), area, limit, offset);
        audit.record("READ_LOCATIONS", null);
        return list;
    }
}
