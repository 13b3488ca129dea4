package org.linkmap.service.mace;

import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.linkmap.model.Vocabulary.IncidentType;
import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.StrictJson;
import org.linkmap.service.web.Forbidden;
import org.linkmap.service.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/disruptions}: what was done against a target and with what outcome, and its measured effect.
 * An agency user records disruption only against its own agency's taskings.
 */
@RestController
class DisruptionController {

    private final Disruptions disruptions;
    private final DisruptionEffect effect;
    private final TaskingController taskingAccess;
    private final Targets targets;
    private final Areas areas;
    private final Scope scope;
    private final AuditTrail audit;
    private final StrictJson json;

    DisruptionController(Disruptions disruptions, DisruptionEffect effect, TaskingController taskingAccess, Targets targets,
                         Areas areas, Scope scope, AuditTrail audit, StrictJson json) {
        this.disruptions = disruptions;
        this.effect = effect;
        this.taskingAccess = taskingAccess;
        this.targets = targets;
        this.areas = areas;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
    }

    record DisruptionRequest(String tactic, Target.Request target, String date, String outcome, String taskingId,
                             Integer childrenEngaged) {
    }

    @PostMapping(path = "/api/disruptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Disruption> create(@RequestBody String body) {
        DisruptionRequest request = json.read(body, DisruptionRequest.class);
        Fields fields = new Fields();
        Disruption.Tactic tactic = fields.choice("tactic", request.tactic(), Disruption.Tactic.class, true);
        LocalDate date = fields.date("date", request.date(), true);
        if (date != null && date.isAfter(LocalDate.now(ReferralCalendar.LOCAL))) {
            fields.add("date", "must not be in the future: record a disruption once it has happened");
        }
        String outcome = fields.text("outcome", request.outcome(), TaskingController.MAX_TEXT, false);
        Integer engaged = fields.whole("childrenEngaged", request.childrenEngaged(), 0, 10_000, null);
        Tasking tasking = tasking(fields, request.taskingId());
        boolean fromTasking = request.target() == null && tasking != null;
        Target target = targets.read(fromTasking ? fromTasking(tasking) : request.target(), "target", fields, fromTasking);
        fields.check();
        // An agency records what it did about its own tasking: the record is held where the tasking is.
        List<String> in = scope.isAgencyUser() ? tasking.areas()
                : scope.held(tasking == null ? List.of() : tasking.areas(), target.areas());
        if (!scope.isAgencyUser() && !scope.sees(in)) {
            throw new Forbidden("The target lies in " + String.join(", ", in) + ", outside your areas.");
        }
        String id = disruptions.create(new Disruptions.New(tactic, date, outcome, engaged, target.id(),
                target.hotspot() == null ? null : targets.toJson(target.hotspot()), tasking == null ? null : tasking.id(), in),
                scope.userName());
        audit.record("CREATE_DISRUPTION", id);
        return ResponseEntity.created(URI.create("/api/disruptions/" + id)).body(disruptions.find(id).orElseThrow().disruption());
    }

    @GetMapping("/api/disruptions")
    Page<Disruption> list(@RequestParam(required = false) String taskingId, @RequestParam(required = false) String targetId,
                          @RequestParam(defaultValue = "200") int limit, @RequestParam(defaultValue = "0") int offset) {
        Fields fields = new Fields();
        fields.whole("limit", limit, 1, 1000, 200);
        fields.whole("offset", offset, 0, Integer.MAX_VALUE, 0);
        fields.check();
        Page<Disruptions.Stored> found = disruptions.page(new Disruptions.Filter(null, taskingId, targetId, scope.areaFilter(),
                scope.agencyFilter()), limit, offset);
        audit.record("READ_DISRUPTIONS", null);
        return new Page<>(found.total(), found.items().stream().map(Disruptions.Stored::disruption).toList());
    }

    @GetMapping("/api/disruptions/{id}")
    Disruption one(@PathVariable String id) {
        Disruption d = visible(id).disruption();
        audit.record("READ_DISRUPTION", id);
        return d;
    }

    @GetMapping("/api/disruptions/{id}/effect")
    Effect effect(@PathVariable String id, @RequestParam(required = false) Double radius,
                  @RequestParam(required = false) Double buffer, @RequestParam(required = false) Integer days,
                  @RequestParam(required = false) String controlArea, @RequestParam(required = false) String types) {
        Fields fields = new Fields();
        Double r = fields.metres("radius", radius, 10, 5_000, 200);
        Double b = fields.metres("buffer", buffer, 10, 10_000, 500);
        Integer d = fields.whole("days", days, 1, 730, 90);
        if (controlArea != null && !areas.isKnown(controlArea)) {
            fields.add("controlArea", "must be one of " + String.join(", ", areas.codes()));
        }
        List<String> typeList = types(fields, types);
        fields.check();
        Disruptions.Stored stored = visible(id);
        Effect measured = effect.measure(stored, new DisruptionEffect.Query(r, b, d, controlArea, typeList));
        audit.record("READ_DISRUPTION_EFFECT", id);
        return measured;
    }

    private Disruptions.Stored visible(String id) {
        Disruptions.Stored stored = disruptions.find(id).orElseThrow(() -> new NotFound("No disruption record " + id + "."));
        String own = scope.agencyFilter();
        if (own != null && !own.equals(stored.disruption().assignedTo())) {
            throw new Forbidden("This record follows another agency's tasking.");
        }
        if (!scope.sees(stored.disruption().areas())) {
            throw new Forbidden("This record is held by " + String.join(", ", stored.disruption().areas()) + ", outside your areas.");
        }
        return stored;
    }

    private Tasking tasking(Fields fields, String taskingId) {
        if (taskingId == null) {
            if (scope.isAgencyUser()) {
                fields.add("taskingId", "is required: an agency records disruption against its own taskings");
            }
            return null;
        }
        try {
            return taskingAccess.visible(taskingId);
        } catch (NotFound none) {
            fields.add("taskingId", "names no tasking");
            return null;
        }
    }

    private static Target.Request fromTasking(Tasking tasking) {
        return tasking.target().id() != null ? new Target.Request(tasking.target().id(), null)
                : new Target.Request(null, tasking.target().hotspot());
    }

    private static List<String> types(Fields fields, String types) {
        if (types == null || types.isBlank()) {
            return null;
        }
        List<String> list = Arrays.stream(types.split(",")).map(String::strip).toList();
        for (String t : list) {
            if (Arrays.stream(IncidentType.values()).noneMatch(v -> v.name().equals(t))) {
                fields.add("types", "must be a comma-separated list of " + Fields.names(IncidentType.class));
                return null;
            }
        }
        return list;
    }
}
