package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.linkmap.model.Vocabulary.IncidentType;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.hotspot.FoundHotspot;
import org.linkmap.service.hotspot.HotspotFinder;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;
import org.neo4j.driver.Record;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds a meeting's agenda from the graph: referrals by the five-day cut-off, open cases, children at
 * repeated risk never referred, the area's top hotspots, persons of interest newly linked and placed children.
 * Every person on it passes through {@link Disclosure#show} (children pseudonymised for who may not see names).
 */
@Component
class Agendas {

    /** Incident types that count towards repeated risk: all but an arrest, which is about the person arrested. */
    static final List<String> EXPLOITATION_TYPES = List.of(IncidentType.CONCERN, IncidentType.SIGHTING,
            IncidentType.MISSING_EPISODE, IncidentType.FOUND, IncidentType.DISCLOSURE, IncidentType.ASSAULT,
            IncidentType.INTELLIGENCE).stream().map(Enum::name).toList();
    static final int REPEATED_RISK_DAYS = 90;
    static final int TOP_HOTSPOTS = 5;

    private final Graph graph;
    private final Meetings meetings;
    private final Placements placements;
    private final HotspotFinder hotspots;
    private final Disclosure disclosure;
    private final int repeatedRiskThreshold;

    Agendas(Graph graph, Meetings meetings, Placements placements, HotspotFinder hotspots, Disclosure disclosure,
            @Value("${linkmap.mace.repeated-risk-threshold:3}") int repeatedRiskThreshold) {
        this.graph = graph;
        this.meetings = meetings;
        this.placements = placements;
        this.hotspots = hotspots;
        this.disclosure = disclosure;
        this.repeatedRiskThreshold = repeatedRiskThreshold;
    }

    Agenda of(Meeting meeting) {
        List<Meeting> forum = meetings.ofForum(meeting.kind(), meeting.area());
        int index = forum.stream().map(Meeting::id).toList().indexOf(meeting.id());
        Optional<Meeting> previous = index > 0 ? Optional.of(forum.get(index - 1)) : Optional.empty();
        LocalDate since = previous.map(Meeting::date).orElse(meeting.date().minusMonths(1));
        List<Agenda.Referral> newReferrals = new ArrayList<>();
        List<Agenda.Referral> rolledOver = new ArrayList<>();
        referrals(meeting, forum, previous, newReferrals, rolledOver);
        return new Agenda(meeting, since, meeting.date().minusDays(ReferralCalendar.CUT_OFF_DAYS), newReferrals, rolledOver,
                openCases(meeting, since), neverReferred(meeting), topHotspots(meeting),
                newlyLinked(meeting, since), placements.placedChildren(meeting.area(), since, meeting.date()));
    }

    private void referrals(Meeting meeting, List<Meeting> forum, Optional<Meeting> previous,
                           List<Agenda.Referral> newReferrals, List<Agenda.Referral> rolledOver) {
        Map<String, Object> p = Map.of("kind", meeting.kind(), "area", meeting.area());
        graph.read(tx -> tx.list("mace/find-forum-referrals", p, r -> r)).forEach(r -> {
            OffsetDateTime at = r.get("submittedAt").asOffsetDateTime();
            LocalDate named = r.get("meetingDate").isNull() ? null : r.get("meetingDate").asLocalDate();
            Optional<Meeting> target = ReferralCalendar.meetingFor(forum, at, named);
            if (target.isPresent() && target.get().id().equals(meeting.id())) {
                String rolledFrom = previous.filter(m -> ReferralCalendar.missed(m, at, named)).map(Meeting::id).orElse(null);
                newReferrals.add(referral(r, at, rolledFrom, null));
            } else if (ReferralCalendar.missed(meeting, at, named)) {
                rolledOver.add(referral(r, at, null, target.map(Meeting::id).orElse(null)));
            }
        });
    }

    private Agenda.Referral referral(Record r, OffsetDateTime at, String rolledFrom, String rollsTo) {
        return new Agenda.Referral(r.get("submissionId").asString(), r.get("submissionRef").asString(),
                r.get("agency").asString(), at, r.get("children").asList(v -> node(v)), rolledFrom, rollsTo);
    }

    private List<Agenda.OpenCase> openCases(Meeting meeting, LocalDate since) {
        Map<String, Object> p = new HashMap<>();
        p.put("area", meeting.area());
        p.put("kind", meeting.kind());
        p.put("since", startOf(since));
        p.put("until", startOf(meeting.date()));
        p.put("referredBefore", startOf(since));
        return graph.read(tx -> tx.list("mace/find-open-cases", p, r -> new Agenda.OpenCase(node(r),
                r.get("openTaskings").asLong(), r.get("newIntelligence").asLong(),
                r.get("latestIntelligence").isNull() ? null : r.get("latestIntelligence").asOffsetDateTime(), meeting.date())))
                .stream().filter(c -> inView(c.child())).toList();
    }

    private List<Agenda.NeverReferred> neverReferred(Meeting meeting) {
        Map<String, Object> p = new HashMap<>();
        p.put("area", meeting.area());
        p.put("from", startOf(meeting.date().minusDays(REPEATED_RISK_DAYS)));
        p.put("to", startOf(meeting.date()));
        p.put("types", EXPLOITATION_TYPES);
        p.put("threshold", repeatedRiskThreshold);
        return graph.read(tx -> tx.list("mace/find-repeated-risk", p, r -> {
            List<Agenda.IncidentRef> incidents = r.get("incidents").asList(i -> new Agenda.IncidentRef(
                    i.get("id").asString(), i.get("incidentType").asString(), i.get("occurredAt").asOffsetDateTime()));
            long submissions = r.get("submissions").asLong();
            String reason = incidents.size() + " exploitation-related incident" + (incidents.size() == 1 ? "" : "s") + " and "
                    + submissions + " submission" + (submissions == 1 ? "" : "s") + " in the " + REPEATED_RISK_DAYS
                    + " days before the meeting; never on a MACE agenda.";
            return new Agenda.NeverReferred(node(r), incidents, submissions, reason);
        })).stream().filter(n -> inView(n.child())).toList();
    }

    private List<FoundHotspot> topHotspots(Meeting meeting) {
        try {
            return hotspots.top(Map.of("method", "dbscan"), meeting.date().minusMonths(3), meeting.date().minusDays(1),
                    meeting.area(), TOP_HOTSPOTS, "hotspotQuery");
        } catch (InvalidRequest tooCostly) {
            // An area too large for the default query shows no hotspots here; the map can still be asked.
            return List.of();
        }
    }

    private List<Agenda.NewlyLinked> newlyLinked(Meeting meeting, LocalDate since) {
        Map<String, Object> p = Map.of("area", meeting.area(), "since", startOf(since), "until", startOf(meeting.date()),
                "limit", 50);
        return graph.read(tx -> tx.list("mace/find-newly-linked", p, r -> new Agenda.NewlyLinked(node(r),
                r.get("newLinks").asLong(), r.get("firstLinked").asOffsetDateTime())))
                .stream().filter(n -> inView(n.person())).toList();
    }

    /** A row or a map of {@code id}, {@code labels}, {@code properties}, as the reader may see the node. */
    private NodeSummary node(MapAccessor m) {
        return disclosure.show(NodeSummary.from(m.get("id"), m.get("labels"), m.get("properties")));
    }

    /** A person the reader can see no fact of is left off the agenda rather than shown as a placeholder. */
    private static boolean inView(NodeSummary node) {
        return !Boolean.TRUE.equals(node.restricted());
    }

    static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
