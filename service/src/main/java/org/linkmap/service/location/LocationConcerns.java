package org.linkmap.service.location;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.linkmap.model.submission.FieldError;
import org.linkmap.service.area.Areas;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Flags places as locations of concern, clears the flag, and lists the places flagged, within the reader's areas. */
@Component
class LocationConcerns {

    static final int MAX_REASON = 2_000;

    private final Graph graph;
    private final Areas areas;
    private final Disclosure disclosure;
    private final LocationCases cases;
    private final Clock clock;

    LocationConcerns(Graph graph, Areas areas, Disclosure disclosure, LocationCases cases, Clock clock) {
        this.graph = graph;
        this.areas = areas;
        this.disclosure = disclosure;
        this.cases = cases;
        this.clock = clock;
    }

    Place.Concern set(String id, String reason) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            throw new InvalidRequest("reason", text.isEmpty() ? "must say why the place is of concern" : "must be at most " + MAX_REASON + " characters");
        }
        cases.open(id);
        OffsetDateTime at = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Map<String, Object> p = Map.of("id", id, "reason", text, "user", CurrentUser.nameOrSystem(), "at", at);
        return graph.write(tx -> tx.optional("location/set-concern", p, r -> new Place.Concern(r.get("reason").asString(),
                r.get("by").asString(), r.get("at").asZonedDateTime().toOffsetDateTime().toString()))).orElseThrow();
    }

    void clear(String id) {
        cases.open(id);
        graph.write(tx -> tx.optional("location/clear-concern", Map.of("id", id), r -> r.get("id").asString()));
    }

    record LocationItem(String id, String label, String locationType, Double longitude, Double latitude, String area,
                        @JsonInclude(JsonInclude.Include.ALWAYS) Place.Concern concern) {
    }

    record LocationList(int total, List<LocationItem> items) {
    }

    /** @param area an area code, or null for every area the reader covers */
    LocationList list(boolean concernOnly, String area, int limit, int offset) {
        List<FieldError> errors = new ArrayList<>();
        if (area != null && !areas.isKnown(area)) {
            errors.add(new FieldError("area", "must be one of " + areas.codes()));
        }
        if (limit < 1 || limit > 1_000) {
            errors.add(new FieldError("limit", "must be between 1 and 1000"));
        }
        if (offset < 0) {
            errors.add(new FieldError("offset", "must not be negative"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        disclosure.checkArea(area == null ? null : areas.footprintOf(area));
        List<LocationItem> items = graph.read(tx -> tx.list("location/find-locations", Map.of("concernOnly", concernOnly),
                        r -> Place.from(r, areas))).stream()
                .filter(place -> disclosure.inScope(place.node()))
                .filter(place -> area == null || place.longitude() != null && areas.contains(area, place.longitude(), place.latitude()))
                .map(place -> new LocationItem(place.node().id(), disclosure.show(place.node()).label(),
                        (String) place.properties().get("locationType"), place.longitude(), place.latitude(),
                        place.area(areas), place.concern()))
                .toList();
        return new LocationList(items.size(), items.stream().skip(offset).limit(limit).toList());
    }
}
