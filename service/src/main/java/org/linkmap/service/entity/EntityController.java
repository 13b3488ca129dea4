package org.linkmap.service.entity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Objects;
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
                    Map.of("id", id, "types", LINK_TYPES, "limit", MAX_LINKS), this::link).stream().filter(Objects::nonNull).toList();
            NodeSummary shown = disclosure.show(node);
            Map<String, Object> properties = new LinkedHashMap<>(
                    disclosure.showProperties(node, NodeSummary.visibleProperties(r.get("properties").asMap())));
            List<PossibleMatch> matches = List.of();
            if (node.kind() == EntityKind.PERSON) {
                identities.mergedInto(tx, List.of(id)).values().forEach(survivor -> properties.put("mergedInto", survivor));
                List<String> merged = identities.mergedRecords(tx, id);
                if (!merged.isEmpty()) {
                    properties.put("mergedRecords", merged);
                }
                // Matching reads every name and year of birth the record holds: only for a record wholly in view.
                boolean mayCompare = (!disclosure.isChild(node) || disclosure.seesChildIdentity()) && disclosure.whollyInView(node);
                matches = mayCompare && !properties.containsKey("mergedInto")
                        ? identities.possibleMatches(tx, id, r.get("properties").asMap()).stream().filter(this::mayBeProposed).toList()
                        : List.of();
            }
            return new EntityView(node.id(), node.kind(), shown.label(), properties, links, matches);
        })).orElseThrow(() -> new NotFound("No entity " + id + "."));
        audit.record("READ_ENTITY", id);
        return view;
    }

    /**
     * A possible match is proposed only among records wholly in the reader's view, and a child only to a reader who may
     * see children's identities: the reasons quote names and years of birth.
     */
    private boolean mayBeProposed(PossibleMatch match) {
        NodeSummary candidate = match.candidate();
        return disclosure.whollyInView(candidate) && (!disclosure.isChild(candidate) || disclosure.seesChildIdentity());
    }

    /** A link in the reader's view, with the provenance the reader may see; {@code null} for one out of view. */
    private EntityView.LinkView link(Record r) {
        List<EntityView.Provenance> provenance = r.get("provenance").asList(v -> new EntityView.Provenance(v.get("submissionId").asString(),
                v.get("agency").asString(), v.get("reported").asZonedDateTime().toOffsetDateTime().toString(), v.get("grading").asString()));
        List<String> sources = r.get("sources").asList(v -> v.asString(), List.of());
        List<String> visible = disclosure.visibleSources(sources);
        if (visible.isEmpty()) {
            return null;
        }
        NodeSummary other = disclosure.show(NodeSummary.from(r.get("otherId"), r.get("otherLabels"), r.get("otherProperties")));
        List<EntityView.Provenance> shownProvenance = provenance.stream().filter(p -> visible.contains(p.submissionId())).toList();
        boolean partial = visible.size() < sources.size();
        EntityView.GradingView grading = r.get("source").isNull() ? null : partial ? bestOf(shownProvenance)
                : new EntityView.GradingView(r.get("source").asInt(), r.get("intelligence").asString(), r.get("handling").asString(),
                        r.get("conditions").asList(v -> v.asString(), List.of()));
        int agencies = partial ? (int) shownProvenance.stream().map(EntityView.Provenance::agency).distinct().count() : r.get("agencies").asInt(0);
        return new EntityView.LinkView(r.get("type").asString(), r.get("outgoing").asBoolean() ? "OUTGOING" : "INCOMING",
                other, visible, agencies, partial ? first(shownProvenance) : text(r, "firstReported"),
                partial ? last(shownProvenance) : text(r, "lastReported"), grading,
                r.get("role").asString(null), r.get("kind").asString(null), shownProvenance);
    }

    /**
     * The strongest grading among the sources in view ("2B P": more reliable source first, then more direct
     * assessment). Conditions of sources out of view are not shown, only that some apply.
     */
    private static EntityView.GradingView bestOf(List<EntityView.Provenance> provenance) {
        String best = provenance.stream().map(EntityView.Provenance::grading).min(Comparator.naturalOrder()).orElse(null);
        if (best == null || best.length() < 4) {
            return null;
        }
        boolean conditional = provenance.stream().anyMatch(p -> p.grading().endsWith("C"));
        return new EntityView.GradingView(best.charAt(0) - '0', best.substring(1, 2), conditional ? "C" : "P",
                conditional ? List.of("Ask the originating agency before sharing further.") : List.of());
    }

    private static String first(List<EntityView.Provenance> provenance) {
        return provenance.stream().map(EntityView.Provenance::reported).min(Comparator.naturalOrder()).orElse(null);
    }

    private static String last(List<EntityView.Provenance> provenance) {
        return provenance.stream().map(EntityView.Provenance::reported).max(Comparator.naturalOrder()).orElse(null);
    }

    private static String text(Record r, String key) {
        return r.get(key).isNull() ? null : r.get(key).asZonedDateTime().toOffsetDateTime().toString();
    }
}
