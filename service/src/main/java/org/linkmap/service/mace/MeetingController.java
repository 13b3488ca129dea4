package org.linkmap.service.mace;

import java.net.URI;
import java.time.LocalDate;

import org.linkmap.service.area.Areas;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.web.StrictJson;
import org.linkmap.service.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/meetings}: the MACE and operational-group meetings of each area, and their agendas. */
@RestController
class MeetingController {

    private final Meetings meetings;
    private final Agendas agendas;
    private final Areas areas;
    private final Scope scope;
    private final AuditTrail audit;
    private final StrictJson json;

    MeetingController(Meetings meetings, Agendas agendas, Areas areas, Scope scope, AuditTrail audit, StrictJson json) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.areas = areas;
        this.scope = scope;
        this.audit = audit;
        this.json = json;
    }

    record MeetingRequest(String kind, String area, String date) {
    }

    @PostMapping(path = "/api/meetings", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Meeting> create(@RequestBody String body) {
        MeetingRequest request = json.read(body, MeetingRequest.class);
        Fields fields = new Fields();
        Meeting.Kind kind = fields.choice("kind", request.kind(), Meeting.Kind.class, true);
        String area = area(fields, request.area(), true);
        LocalDate today = LocalDate.now(ReferralCalendar.LOCAL);
        LocalDate date = fields.within("date", fields.date("date", request.date(), true), today.minusYears(10), today.plusYears(5));
        fields.check();
        scope.checkArea(area);
        Meeting meeting = meetings.create(kind, area, date, scope.userName());
        audit.record("CREATE_MEETING", meeting.id());
        return ResponseEntity.created(URI.create("/api/meetings/" + meeting.id())).body(meeting);
    }

    @GetMapping("/api/meetings")
    Page<Meeting> list(@RequestParam(required = false) String area, @RequestParam(required = false) String kind,
                       @RequestParam(defaultValue = "100") int limit, @RequestParam(defaultValue = "0") int offset) {
        Fields fields = new Fields();
        area(fields, area, false);
        fields.choice("kind", kind, Meeting.Kind.class, false);
        fields.whole("limit", limit, 1, 1000, 100);
        fields.whole("offset", offset, 0, Integer.MAX_VALUE, 0);
        fields.check();
        if (area != null) {
            scope.checkArea(area);
        }
        audit.record("READ_MEETINGS", null);
        return Page.of(meetings.list(area, kind, scope.areaFilter()), limit, offset);
    }

    @GetMapping("/api/meetings/{id}")
    Meeting one(@PathVariable String id) {
        Meeting meeting = visible(id);
        audit.record("READ_MEETING", id);
        return meeting;
    }

    @GetMapping("/api/meetings/{id}/agenda")
    Agenda agenda(@PathVariable String id) {
        Agenda agenda = agendas.of(visible(id));
        audit.record("READ_AGENDA", id);
        return agenda;
    }

    private Meeting visible(String id) {
        Meeting meeting = meetings.find(id).orElseThrow(() -> new NotFound("No meeting " + id + "."));
        scope.checkArea(meeting.area());
        return meeting;
    }

    private String area(Fields fields, String value, boolean required) {
        String area = fields.text("area", value, 60, required);
        if (area != null && !areas.isKnown(area)) {
            fields.add("area", "must be one of " + String.join(", ", areas.codes()));
            return null;
        }
        return area;
    }
}
