package org.linkmap.service.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
            RiskDocument.Entry entry = entry(r, disclosure.show(raw));
            (Boolean.TRUE.equals(raw.child()) || disclosure.isChild(raw) ? children : persons).add(entry);
        });
        return new RiskDocument(area, OffsetDateTime.now(clock), children, persons);
    }

    private RiskDocument.Entry entry(Record r, NodeSummary person) {
        RiskDocument.Intelligence latest = null;
        for (Value s : r.get("submissions").values()) {
            if (disclosure.seesLink(List.of(s.get("id").asString()))) {
                latest = new RiskDocument.Intelligence(s.get("id").asString(), s.get("submissionRef").asString(),
                        s.get("agency").asString(), s.get("submittedAt").asOffsetDateTime(),
                        s.get("source").asLong() + s.get("intelligence").asString() + " " + s.get("handling").asString());
                break;
            }
        }
        List<RiskDocument.OpenTasking> taskings = r.get("taskings").asList(t -> new RiskDocument.OpenTasking(
                t.get("id").asString(), disclosure.text(t.get("action").asString()), t.get("due").asLocalDate(),
                t.get("assignedTo").asString(), t.get("status").asString()));
        List<RiskDocument.DisruptionDone> disruption = r.get("disruptions").asList(d -> new RiskDocument.DisruptionDone(
                d.get("id").asString(), d.get("tactic").asString(), d.get("date").asLocalDate(),
                d.get("outcome").isNull() ? null : disclosure.text(d.get("outcome").asString())));
        return new RiskDocument.Entry(person, r.get("riskLevel").isNull() ? null : r.get("riskLevel").asString(),
                r.get("hazards").asList(Value::asString), latest, taskings, disruption);
    }
}
