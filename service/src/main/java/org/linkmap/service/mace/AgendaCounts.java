package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;
import org.springframework.stereotype.Component;

/**
 * The parts of an agenda that count facts about people, each counted over the reader's view rather than over the
 * whole node: a submission counts when it is in view, an incident when the child's involvement is and the incident
 * may be opened, a tasking when the reader may see it, a link from its first source in view. So a member of one area
 * never learns from a number what another area's submissions say about a person both know.
 */
@Component
class AgendaCounts {

    static final int NEWLY_LINKED_LIMIT = 50;

    private final Graph graph;
    private final Disclosure disclosure;
    private final Scope scope;

    AgendaCounts(Graph graph, Disclosure disclosure, Scope scope) {
        this.graph = graph;
        this.disclosure = disclosure;
        this.scope = scope;
    }

    List<Agenda.OpenCase> openCases(Meeting meeting, LocalDate since) {
        Map<String, Object> p = new HashMap<>();
        p.put("area", meeting.area());
        p.put("kind", meeting.kind());
        p.put("since", Agendas.startOf(since));
        p.put("until", Agendas.startOf(meeting.date()));
        p.put("referredBefore", Agendas.startOf(since));
        List<Agenda.OpenCase> cases = new ArrayList<>();
        for (Record r : graph.read(tx -> tx.list("mace/find-open-cases", p, x -> x))) {
            NodeSummary child = node(r);
            long openTaskings = r.get("openTaskings").asList(v -> v).stream()
                    .filter(t -> scope.sees(t.get("areas").asList(Value::asString))).count();
            List<OffsetDateTime> fresh = r.get("newIntelligence").asList(v -> v).stream()
                    .filter(s -> disclosure.seesLink(List.of(s.get("id").asString()))).map(s -> s.get("at").asOffsetDateTime()).toList();
            boolean referred = seesAny(r.get("referrals").asList(Value::asString));
            if (inView(child) && (referred || openTaskings > 0) && (openTaskings > 0 || !fresh.isEmpty())) {
                cases.add(new Agenda.OpenCase(child, openTaskings, fresh.size(),
                        fresh.stream().max(Comparator.naturalOrder()).orElse(null), meeting.date()));
            }
        }
        cases.sort(Comparator.comparingLong(Agenda.OpenCase::openTaskings).reversed()
                .thenComparing(Comparator.comparingLong(Agenda.OpenCase::newIntelligence).reversed())
                .thenComparing(c -> c.child().id()));
        return cases;
    }

    /**
     * @param threshold incidents or submissions in the period that make a child's risk repeated
     * @param days      the period before the meeting
     */
    List<Agenda.NeverReferred> neverReferred(Meeting meeting, int threshold, int days, List<String> types) {
        Map<String, Object> p = new HashMap<>();
        p.put("area", meeting.area());
        p.put("from", Agendas.startOf(meeting.date().minusDays(days)));
        p.put("to", Agendas.startOf(meeting.date()));
        p.put("types", types);
        p.put("threshold", threshold);
        List<Agenda.NeverReferred> prompts = new ArrayList<>();
        for (Record r : graph.read(tx -> tx.list("mace/find-repeated-risk", p, x -> x))) {
            NodeSummary child = node(r);
            if (!inView(child) || seesAny(r.get("maceReferrals").asList(Value::asString))) {
                continue;
            }
            List<Agenda.IncidentRef> incidents = new ArrayList<>();
            for (Value i : r.get("incidents").values()) {
                if (disclosure.seesLink(i.get("sources").asList(Value::asString)) && disclosure.inScope(NodeSummary.from(i.get("id"), i.get("labels"), i.get("properties")))) {
                    incidents.add(new Agenda.IncidentRef(i.get("id").asString(), i.get("incidentType").asString(),
                            i.get("occurredAt").asOffsetDateTime()));
                }
            }
            long submissions = disclosure.visibleSources(r.get("submissions").asList(Value::asString)).size();
            if (incidents.size() >= threshold || submissions >= threshold) {
                prompts.add(new Agenda.NeverReferred(child, incidents, submissions, reason(incidents.size(), submissions, days)));
            }
        }
        prompts.sort(Comparator.comparingLong((Agenda.NeverReferred n) -> n.incidents().size() + n.submissions()).reversed()
                .thenComparing(n -> n.child().id()));
        return prompts;
    }

    private static String reason(int incidents, long submissions, int days) {
        return incidents + " exploitation-related incident" + (incidents == 1 ? "" : "s") + " and " + submissions + " submission"
                + (submissions == 1 ? "" : "s") + " in the " + days + " days before the meeting; never on a MACE agenda.";
    }

    List<Agenda.NewlyLinked> newlyLinked(Meeting meeting, LocalDate since) {
        OffsetDateTime from = Agendas.startOf(since);
        OffsetDateTime until = Agendas.startOf(meeting.date());
        Map<String, Object> p = Map.of("area", meeting.area(), "since", from, "until", until);
        List<Agenda.NewlyLinked> linked = new ArrayList<>();
        for (Record r : graph.read(tx -> tx.list("mace/find-newly-linked", p, x -> x))) {
            NodeSummary person = node(r);
            if (!inView(person) || !Boolean.TRUE.equals(person.personOfInterest())) {
                continue;
            }
            long links = 0;
            OffsetDateTime first = null;
            for (Value link : r.get("links").values()) {
                OffsetDateTime firstInView = firstInView(link);
                if (firstInView != null && !firstInView.isBefore(from) && firstInView.isBefore(until)) {
                    links++;
                    first = first == null || firstInView.isBefore(first) ? firstInView : first;
                }
            }
            if (links > 0) {
                linked.add(new Agenda.NewlyLinked(person, links, first));
            }
        }
        linked.sort(Comparator.comparingLong(Agenda.NewlyLinked::newLinks).reversed()
                .thenComparing(Agenda.NewlyLinked::firstLinked).thenComparing(n -> n.person().id()));
        return linked.subList(0, Math.min(NEWLY_LINKED_LIMIT, linked.size()));
    }

    /** When the first of a link's sources in the reader's view was submitted; {@code null} when none is in view. */
    private OffsetDateTime firstInView(Value link) {
        Map<String, OffsetDateTime> at = new HashMap<>();
        link.values().forEach(s -> at.put(s.get("id").asString(), s.get("at").asOffsetDateTime()));
        return disclosure.visibleSources(at.keySet()).stream().map(at::get).min(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether one of these submissions is in the reader's view (none of an empty list, whoever reads). */
    private boolean seesAny(List<String> submissionIds) {
        return !submissionIds.isEmpty() && disclosure.seesLink(submissionIds);
    }

    /** A row or a map of {@code id}, {@code labels}, {@code properties}, as the reader may see the node. */
    private NodeSummary node(MapAccessor m) {
        return disclosure.show(NodeSummary.from(m.get("id"), m.get("labels"), m.get("properties")));
    }

    /** A person the reader can see no fact of is left off the agenda rather than shown as a placeholder. */
    private static boolean inView(NodeSummary node) {
        return !Boolean.TRUE.equals(node.restricted());
    }
}
