package org.linkmap.service.mace;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.linkmap.model.EntityKind;
import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.StrictJson;
import org.linkmap.service.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/placements}: a child placed in an area by another (home) authority. Recording one opens the
 * notification to the home authority; {@code PATCH} with the end date closes it.
 */
@RestController
class PlacementController {

    private final Placements placements;
    private final Targets targets;
    private final Areas areas;
    private final Scope scope;
    private final AuditTrail audit;
    private final StrictJson json;

    PlacementController(Placements placements, Targets targets, Areas areas, Scope scope, AuditTrail audit, StrictJson json) {
        this.placements = placements;
        this.targets = targets;
        this.areas = areas;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
    }

    record PlacementRequest(Target.Request child, String homeAuthority, String area, String from, String to) {
    }

    record PlacementEnd(String to) {
    }

    @PostMapping(path = "/api/placements", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Agenda.PlacedChild> create(@RequestBody String body) {
        PlacementRequest request = json.read(body, PlacementRequest.class);
        Fields fields = new Fields();
        String home = TaskingController.agency(fields, "homeAuthority", request.homeAuthority());
        String area = fields.text("area", request.area(), 60, true);
        if (area != null && !areas.isKnown(area)) {
            fields.add("area", "must be one of " + String.join(", ", areas.codes()));
        }
        LocalDate today = LocalDate.now(ReferralCalendar.LOCAL);
        LocalDate from = fields.within("from", fields.date("from", request.from(), true), today.minusYears(18), today.plusYears(1));
        LocalDate to = fields.within("to", fields.date("to", request.to(), false), today.minusYears(18), today.plusYears(5));
        if (from != null && to != null && to.isBefore(from)) {
            fields.add("to", "must not be before from");
        }
        String childId = child(fields, request.child());
        fields.check();
        scope.checkArea(area);
        String id = placements.create(childId, home, area, from, to, scope.userName());
        audit.record("CREATE_PLACEMENT", id);
        return ResponseEntity.created(URI.create("/api/placements/" + id)).body(placements.find(id).orElseThrow());
    }

    @PatchMapping(path = "/api/placements/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Agenda.PlacedChild end(@PathVariable String id, @RequestBody String body) {
        PlacementEnd request = json.read(body, PlacementEnd.class);
        Fields fields = new Fields();
        LocalDate today = LocalDate.now(ReferralCalendar.LOCAL);
        LocalDate to = fields.within("to", fields.date("to", request.to(), true), today.minusYears(18), today.plusYears(5));
        fields.check();
        Agenda.PlacedChild placed = visible(id);
        if (to.isBefore(placed.placement().from())) {
            throw new org.linkmap.service.web.InvalidRequest("to",
                    "must not be before the placement began (" + placed.placement().from() + ")");
        }
        placements.end(id, to, scope.userName());
        audit.record("END_PLACEMENT", id);
        return placements.find(id).orElseThrow();
    }

    /** One placement, where its creation's {@code Location} points. */
    @GetMapping("/api/placements/{id}")
    Agenda.PlacedChild one(@PathVariable String id) {
        Agenda.PlacedChild placed = visible(id);
        audit.record("READ_PLACEMENT", id);
        return placed;
    }

    @GetMapping("/api/placements")
    Page<Agenda.PlacedChild> list(@RequestParam(required = false) String area,
                                  @RequestParam(defaultValue = "false") boolean active) {
        if (area != null) {
            scope.checkArea(Fields.knownArea(areas, area));
        }
        LocalDate today = LocalDate.now(ReferralCalendar.LOCAL);
        List<Agenda.PlacedChild> found = placements.list(area, scope.areaFilter(), active ? today : null, active ? today : null);
        audit.record("READ_PLACEMENTS", null);
        return Page.of(found, 1000, 0);
    }

    private Agenda.PlacedChild visible(String id) {
        Agenda.PlacedChild placed = placements.find(id).orElseThrow(() -> new NotFound("No placement " + id + "."));
        scope.checkArea(placed.placement().area());
        return placed;
    }

    private String child(Fields fields, Target.Request child) {
        if (child == null || child.id() == null) {
            fields.add("child.id", "is required: the id of the child placed");
            return null;
        }
        var node = targets.node(child.id());
        // A record outside the reader's view is refused before its kind is told: 400 "names no child" against 201
        // would otherwise say of any id whether it is a child's.
        node.ifPresent(t -> targets.checkCanOpen(t));
        if (node.isEmpty() || node.get().node().kind() != EntityKind.PERSON || !Boolean.TRUE.equals(node.get().node().child())) {
            fields.add("child.id", "names no child");
            return null;
        }
        return child.id();
    }
}
