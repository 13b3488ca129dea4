package org.linkmap.service.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.linkmap.service.neo4j.Graph;
import org.springframework.stereotype.Component;

/** Builds the risk document of an area from the graph, through the need-to-know policy. */
@Component
class RiskDocuments {

    private static final List<String> RISK_ORDER = List.of("HIGH", "MEDIUM", "LOW");

    /** Highest risk first, then those with no level in the reader's view; by id within a level. */
    private static final Comparator<RiskDocument.Entry> BY_RISK = Comparator
            .comparingInt((RiskDocument.Entry e) -> e.riskLevel() == null || !RISK_ORDER.contains(e.riskLevel())
                    ? RISK_ORDER.size() : RISK_ORDER.indexOf(e.riskLevel()))
            .thenComparing(e -> e.person().id());

    private final Graph graph;
    private final Disclosure disclosure;
    private final Clock clock;

    RiskDocuments(Graph graph, Disclosure disclosure, Clock clock) {
        this.graph = graph;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    RiskDocument of(String area) {
        List<RiskDocument.Entry> children = new ArrayList<>();
        List<RiskDocument.Entry> persons = new ArrayList<>();
        graph.read(tx -> tx.list("report/find-risk-subjects", Map.of("area", area), r -> r)).forEach(r -> {
            NodeSummary raw = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            if (!disclosure.inScope(raw)) {
                return;
            }
            RiskDocument.Entry entry = entry(r, disclosure.show(raw), disclosure.valuesInView(raw, r.get("properties").asMap()));
            (Boolean.TRUE.equals(raw.child()) || disclosure.isChild(raw) ? children : persons).add(entry);
        });
        children.sort(BY_RISK);
        persons.sort(BY_RISK);
        return new RiskDocument(area, OffsetDateTime.now(clock), children, persons);
    }

    /**
     * One person's entry as the reader may see it: the risk level and hazards its own sources recorded, and only
     * the taskings and disruption records held in its areas (another area's plans are that area's business).
     */
    private RiskDocument.Entry entry(Record r, NodeSummary person, Map<String, Object> values) {
        RiskDocument.Intelligence latest = null;
        for (Value s : r.get("submissions").values()) {
            if (disclosure.seesLink(List.of(s.get("id").asString()))) {
                latest = new RiskDocument.Intelligence(s.get("id").asString(), s.get("submissionRef").asString(),
                        s.get("agency").asString(), s.get("submittedAt").asOffsetDateTime(),
                        s.get("source").asLong() + s.get("intelligence").asString() + " " + s.get("handling").asString());
                break;
            }
        }
        List<RiskDocument.OpenTasking> taskings = r.get("taskings").asList(v -> v).stream().filter(this::held)
                .map(t -> new RiskDocument.OpenTasking(t.get("id").asString(), disclosure.text(t.get("action").asString()),
                        t.get("due").asLocalDate(), t.get("assignedTo").asString(), t.get("status").asString())).toList();
        List<RiskDocument.DisruptionDone> disruption = r.get("disruptions").asList(v -> v).stream().filter(this::held)
                .map(d -> new RiskDocument.DisruptionDone(d.get("id").asString(), d.get("tactic").asString(), d.get("date").asLocalDate(),
                        d.get("outcome").isNull() ? null : disclosure.text(d.get("outcome").asString()))).toList();
        Object hazards = values.get("hazards");
        return new RiskDocument.Entry(person, values.get("riskLevel") instanceof String level ? level : null,
                hazards instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of(), latest, taskings, disruption);
    }

    private boolean held(Value record) {
        return disclosure.seesAreas(record.get("areas").asList(Value::asString, List.of()));
    }
}
