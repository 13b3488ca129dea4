package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Forbidden;
import org.neo4j.driver.Record;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/referrals}: what became of each submission. A referral to a MACE or operational group is on the
 * agenda of the meeting its five-day cut-off gives it (or waits for the next to be set); any submission may since
 * have led to taskings against what it mentions. An agency user sees its own agency's only.
 */
@RestController
class ReferralController {

    private final Graph graph;
    private final Meetings meetings;
    private final Scope scope;
    private final AuditTrail audit;

    ReferralController(Graph graph, Meetings meetings, Scope scope, AuditTrail audit) {
        this.graph = graph;
        this.meetings = meetings;
        this.scope = scope;
        this.audit = audit;
    }

    /** The meeting a referral goes to, as far as its sender needs to know: the forum and the date. */
    record MeetingRef(String id, String kind, String area, LocalDate date) {
    }

    /**
     * @param outcome {@code ON_AGENDA} (with {@code meeting}), {@code AWAITING_MEETING} (no meeting set yet on or
     *                after its cut-off) or {@code RECEIVED} (sent directly, to no meeting)
     */
    record Referral(String submissionId, String submissionRef, String agency, OffsetDateTime submittedAt, String forumKind,
                    String forumArea, String outcome, MeetingRef meeting, Boolean rolledOver, long taskings) {
    }

    @GetMapping("/api/referrals")
    Page<Referral> list(@RequestParam(required = false) String agency, @RequestParam(defaultValue = "50") int limit,
                        @RequestParam(defaultValue = "0") int offset) {
        Fields fields = new Fields();
        fields.whole("limit", limit, 1, 500, 50);
        fields.whole("offset", offset, 0, Integer.MAX_VALUE, 0);
        fields.check();
        String own = scope.agencyFilter();
        if (own != null && agency != null && !agency.equals(own)) {
            throw new Forbidden("You may read only " + own + "'s referrals.");
        }
        Map<String, Object> p = new HashMap<>();
        p.put("agency", own != null ? own : agency);
        p.put("areas", scope.areaFilter());
        p.put("taskedAgency", own);
        p.put("limit", limit);
        p.put("offset", offset);
        record Found(long total, List<Record> rows) {
        }
        Found found = graph.read(tx -> new Found(
                tx.optional("mace/count-agency-referrals", p, r -> r.get("total").asLong()).orElse(0L),
                tx.list("mace/find-agency-referrals", p, r -> r)));
        Map<String, List<Meeting>> forums = new HashMap<>();
        List<Referral> page = found.rows().stream().map(r -> referral(r, forums)).toList();
        audit.record("READ_REFERRALS", null);
        return new Page<>(found.total(), page);
    }

    private Referral referral(Record r, Map<String, List<Meeting>> forums) {
        String kind = r.get("forumKind").isNull() ? null : r.get("forumKind").asString();
        String area = r.get("forumArea").isNull() ? null : r.get("forumArea").asString();
        OffsetDateTime at = r.get("submittedAt").asOffsetDateTime();
        String outcome = "RECEIVED";
        MeetingRef meeting = null;
        Boolean rolled = null;
        if (kind != null && area != null && !kind.equals("DIRECT")) {
            List<Meeting> forum = forums.computeIfAbsent(kind + "|" + area, k -> meetings.ofForum(kind, area));
            LocalDate named = r.get("meetingDate").isNull() ? null : r.get("meetingDate").asLocalDate();
            Optional<Meeting> goesTo = ReferralCalendar.meetingFor(forum, at, named);
            outcome = goesTo.isPresent() ? "ON_AGENDA" : "AWAITING_MEETING";
            meeting = goesTo.map(m -> new MeetingRef(m.id(), m.kind(), m.area(), m.date())).orElse(null);
            rolled = forum.stream().anyMatch(m -> ReferralCalendar.missed(m, at, named));
        }
        return new Referral(r.get("submissionId").asString(), r.get("submissionRef").asString(), r.get("agency").asString(), at,
                kind, area, outcome, meeting, rolled, r.get("taskings").asLong());
    }
}
