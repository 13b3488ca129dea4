package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.linkmap.service.web.ServiceBusy;
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
    private final AgendaCounts counts;
    private final int repeatedRiskThreshold;

    Agendas(Graph graph, Meetings meetings, Placements placements, HotspotFinder hotspots, Disclosure disclosure,
            AgendaCounts counts, @Value("${linkmap.mace.repeated-risk-threshold:3}") int repeatedRiskThreshold) {
        this.graph = graph;
        this.meetings = meetings;
        this.placements = placements;
        this.hotspots = hotspots;
        this.disclosure = disclosure;
        this.counts = counts;
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
        TopHotspots top = topHotspots(meeting);
        return new Agenda(meeting, since, meeting.date().minusDays(ReferralCalendar.CUT_OFF_DAYS), newReferrals, rolledOver,
                counts.openCases(meeting, since),
                counts.neverReferred(meeting, repeatedRiskThreshold, REPEATED_RISK_DAYS, EXPLOITATION_TYPES), top.hotspots(), top.note(),
                counts.newlyLinked(meeting, since), placements.placedChildren(meeting.area(), since, meeting.date()));
    }

    private void referrals(Meeting meeting, List<Meeting> forum, Optional<Meeting> previous,
                           List<Agenda.Referral> newReferrals, List<Agenda.Referral> rolledOver) {
        Map<String, Object> p = Map.of("kind", meeting.kind(), "area", meeting.area());
        graph.read(tx -> tx.list("mace/find-forum-referrals", p, r -> r)).forEach(r -> {
            if (!disclosure.seesLink(List.of(r.get("submissionId").asString()))) {
                return;
            }
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

    private record TopHotspots(List<FoundHotspot> hotspots, String note) {
    }

    /** The area's top hotspots over the three months before the meeting; none, saying why, when they cannot be had now. */
    private TopHotspots topHotspots(Meeting meeting) {
        try {
            return new TopHotspots(hotspots.top(Map.of("method", "dbscan"), meeting.date().minusMonths(3), meeting.date().minusDays(1),
                    meeting.area(), TOP_HOTSPOTS, "hotspotQuery"), null);
        } catch (InvalidRequest tooCostly) {
            return new TopHotspots(List.of(), "The area's three months are over the hotspot engine's limits ("
                    + tooCostly.errors().get(0).message() + "); ask the map for a shorter period.");
        } catch (ServiceBusy busy) {
            return new TopHotspots(List.of(), "The hotspot engine did not answer in time; open the agenda again shortly.");
        }
    }

    /** A row or a map of {@code id}, {@code labels}, {@code properties}, as the reader may see the node. */
    private NodeSummary node(MapAccessor m) {
        return disclosure.show(NodeSummary.from(m.get("id"), m.get("labels"), m.get("properties")));
    }

    static OffsetDateTime startOf(LocalDate date) {
        return date.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
