package org.linkmap.service.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.identity.Identities;
import org.linkmap.service.identity.PossibleMatch;
import org.linkmap.service.audit.AuditTrail;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.NotFound;
import org.neo4j.driver.Record;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/entities/{id}}. Every read is audited before the data leaves. */
@RestController
class EntityController {

    private static final List<String> LINK_TYPES = Arrays.stream(LinkType.values()).map(Enum::name).toList();
    private static final int MAX_LINKS = 1_000;

    private final Graph graph;
    private final AuditTrail audit;
    private final Disclosure disclosure;
    private final Identities identities;

    EntityController(Graph graph, AuditTrail audit, Disclosure disclosure, Identities identities) {
        this.graph = graph;
        this.audit = audit;
        this.disclosure = disclosure;
        this.identities = identities;
    }

    @GetMapping("/api/entities/{id}")
    EntityView get(@PathVariable String id) {
        EntityView view = graph.read(tx -> tx.optional("entity/find-entity", Map.of("id", id), r -> {
            NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            disclosure.checkCanOpen(node);
            List<EntityView.LinkView> links = tx.list("entity/find-links",
                    Map.of("id", id, "types", LINK_TYPES, "limit", MAX_LINKS), this::link);
            NodeSummary shown = disclosure.show(node);
            Map<String, Object> properties = new java.util.LinkedHashMap<>(
                    disclosure.showProperties(node, NodeSummary.visibleProperties(r.get("properties").asMap())));
            List<PossibleMatch> matches = List.of();
            if (node.kind() == EntityKind.PERSON) {
                identities.mergedInto(tx, List.of(id)).values().forEach(survivor -> properties.put("mergedInto", survivor));
                List<String> merged = identities.mergedRecords(tx, id);
                if (!merged.isEmpty()) {
                    properties.put("mergedRecords", merged);
                }
                boolean mayCompare = !node.isChild() || disclosure.seesChildIdentity();
                matches = mayCompare && !properties.containsKey("mergedInto")
                        ? identities.possibleMatches(tx, id, r.get("properties").asMap()) : List.of();
            }
            return new EntityView(node.id(), node.kind(), shown.label(), properties, links, matches);
        })).orElseThrow(() -> new NotFound("No entity " + id + "."));
        audit.record("READ_ENTITY", id);
        return view;
    }

    private EntityView.LinkView link(Record r) {
        NodeSummary other = disclosure.show(NodeSummary.from(r.get("otherId"), r.get("otherLabels"), r.get("otherProperties")));
        EntityView.GradingView grading = r.get("source").isNull() ? null : new EntityView.GradingView(
                r.get("source").asInt(), r.get("intelligence").asString(), r.get("handling").asString(),
                r.get("conditions").asList(v -> v.asString(), List.of()));
        return new EntityView.LinkView(r.get("type").asString(), r.get("outgoing").asBoolean() ? "OUTGOING" : "INCOMING",
                other, r.get("sources").asList(v -> v.asString(), List.of()), r.get("agencies").asInt(0),
                text(r, "firstReported"), text(r, "lastReported"), grading,
                r.get("role").asString(null), r.get("kind").asString(null),
                r.get("provenance").asList(v -> new EntityView.Provenance(v.get("submissionId").asString(), v.get("agency").asString(),
                        v.get("reported").asZonedDateTime().toOffsetDateTime().toString(), v.get("grading").asString())));
    }

    private static String text(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asZonedDateTime().toOffsetDateTime().toString();
    }
}
