package org.linkmap.service.mace;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.StrictJson;
import org.linkmap.service.web.Forbidden;
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
 * {@code /api/taskings}: actions against people, places, networks, organisations and hotspots. A MACE member
 * raises and updates its areas' taskings; an agency user sees and updates only those assigned to its agency,
 * and may not cancel one (or undo a cancellation): that is the meeting's decision.
 */
@RestController
class TaskingController {

    static final Pattern AGENCY_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,59}");
    static final int MAX_TEXT = 2_000;

    private final Taskings taskings;
    private final Meetings meetings;
    private final Targets targets;
    private final Scope scope;
    private final AuditTrail audit;
    private final StrictJson json;

    TaskingController(Taskings taskings, Meetings meetings, Targets targets, Scope scope, AuditTrail audit, StrictJson json) {
        this.taskings = taskings;
        this.meetings = meetings;
        this.targets = targets;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
    }

    record TaskingRequest(String meetingId, Target.Request target, String action, String assignedTo, String due) {
    }

    record TaskingUpdate(String status, String note) {
    }

    @PostMapping(path = "/api/taskings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Tasking> create(@RequestBody String body) {
        TaskingRequest request = json.read(body, TaskingRequest.class);
        Fields fields = new Fields();
        String action = fields.text("action", request.action(), MAX_TEXT, true);
        String assignedTo = agency(fields, "assignedTo", request.assignedTo());
        LocalDate today = LocalDate.now(ReferralCalendar.LOCAL);
        LocalDate due = fields.within("due", fields.date("due", request.due(), true), today.minusYears(1), today.plusYears(5));
        Meeting meeting = meeting(fields, request.meetingId());
        Target target = targets.read(request.target(), "target", fields);
        fields.check();
        List<String> areas = scope.held(meeting == null ? List.of() : List.of(meeting.area()), target.areas());
        if (!scope.sees(areas)) {
            throw new Forbidden("The target lies in " + String.join(", ", areas) + ", outside your areas.");
        }
        String id = taskings.create(new Taskings.New(action, due, assignedTo, meeting == null ? null : meeting.id(), null,
                target.id(), target.hotspot() == null ? null : targets.toJson(target.hotspot()), null, areas, null),
                scope.userName());
        audit.record("CREATE_TASKING", id);
        return ResponseEntity.created(URI.create("/api/taskings/" + id)).body(taskings.find(id).orElseThrow());
    }

    @GetMapping("/api/taskings")
    Page<Tasking> list(@RequestParam(required = false) String status, @RequestParam(required = false) String agency,
                       @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String meetingId,
                       @RequestParam(required = false) String campaignId, @RequestParam(required = false) String targetId,
                       @RequestParam(defaultValue = "200") int limit, @RequestParam(defaultValue = "0") int offset) {
        Fields fields = new Fields();
        Tasking.Status wanted = fields.choice("status", status, Tasking.Status.class, false);
        fields.whole("limit", limit, 1, 1000, 200);
        fields.whole("offset", offset, 0, Integer.MAX_VALUE, 0);
        fields.check();
        String own = scope.agencyFilter();
        if (own != null && agency != null && !agency.equals(own)) {
            throw new Forbidden("You may read only the taskings assigned to " + own + ".");
        }
        Page<Tasking> found = taskings.page(new Taskings.Filter(null, wanted == null ? null : wanted.name(),
                own != null ? own : agency, scope.areaFilter(), meetingId, campaignId, targetId), overdue, limit, offset);
        audit.record("READ_TASKINGS", null);
        return found;
    }

    @GetMapping("/api/taskings/{id}")
    Tasking one(@PathVariable String id) {
        Tasking tasking = visible(id);
        audit.record("READ_TASKING", id);
        return tasking;
    }

    @PatchMapping(path = "/api/taskings/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Tasking update(@PathVariable String id, @RequestBody String body) {
        TaskingUpdate request = json.read(body, TaskingUpdate.class);
        Fields fields = new Fields();
        Tasking.Status status = fields.choice("status", request.status(), Tasking.Status.class, false);
        String note = fields.text("note", request.note(), MAX_TEXT, false);
        if (fields.ok() && status == null && note == null) {
            fields.add("status", "give a status, a note or both");
        }
        fields.check();
        visible(id);
        taskings.update(id, status, note, scope.userName(), scope.agencyFilter() != null);
        audit.record("UPDATE_TASKING", id);
        return taskings.find(id).orElseThrow();
    }

    /** The tasking if the reader may see it: 404 when there is none, 403 when it is another agency's or area's. */
    Tasking visible(String id) {
        Tasking tasking = taskings.find(id).orElseThrow(() -> new NotFound("No tasking " + id + "."));
        String own = scope.agencyFilter();
        if (own != null && !own.equals(tasking.assignedTo())) {
            throw new Forbidden("This tasking is assigned to another agency.");
        }
        if (!scope.sees(tasking.areas())) {
            throw new Forbidden("This tasking is held by " + String.join(", ", tasking.areas()) + ", outside your areas.");
        }
        return tasking;
    }

    private Meeting meeting(Fields fields, String meetingId) {
        if (meetingId == null) {
            return null;
        }
        Meeting meeting = meetings.find(meetingId).orElse(null);
        if (meeting == null) {
            fields.add("meetingId", "names no meeting");
            return null;
        }
        scope.checkArea(meeting.area());
        return meeting;
    }

    static String agency(Fields fields, String field, String value) {
        String code = fields.text(field, value, 60, true);
        if (code != null && !AGENCY_CODE.matcher(code).matches()) {
            fields.add(field, "must be an agency code: capital letters, digits and underscores, such as BLACKPOOL_CSC");
            return null;
        }
        return code;
    }
}
