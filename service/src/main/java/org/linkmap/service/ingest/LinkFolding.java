package org.linkmap.service.ingest;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.linkmap.model.LinkType;
import org.linkmap.model.submission.Submission;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.service.neo4j.Graph;

/**
 * The links a batch asserts (entity to entity, and every involvement in an incident), folded so that one link
 * asserted by several submissions is one row carrying all their sources, agencies and dates, the strongest
 * grading and every handling condition; then merged in one statement, which adds to a link already stored.
 */
final class LinkFolding {

    private final Graph.Tx tx;

    LinkFolding(Graph.Tx tx) {
        this.tx = tx;
    }

    /** Every submission asserting one link: what the batch says of it, folded into one row. */
    private static final class Assertions {
        final String fromId;
        final String toId;
        final LinkType type;
        final Set<String> sources = new LinkedHashSet<>();
        final Set<String> agencies = new LinkedHashSet<>();
        final Set<String> conditions = new LinkedHashSet<>();
        OffsetDateTime first;
        OffsetDateTime last;
        PlannedSubmission strongest;
        boolean conditional;
        String role;
        String kind;

        Assertions(String fromId, LinkType type, String toId) {
            this.fromId = fromId;
            this.toId = toId;
            this.type = type;
        }

        void add(PlannedSubmission planned, String role, String kind) {
            Submission s = planned.submission;
            sources.add(planned.id);
            agencies.add(s.agency());
            first = first == null || s.submittedAt().isBefore(first) ? s.submittedAt() : first;
            last = last == null || s.submittedAt().isAfter(last) ? s.submittedAt() : last;
            if (strongest == null || s.grading().isStrongerThan(strongest.submission.grading())) {
                strongest = planned;
            }
            String stated = planned.conditions();
            if (stated != null) {
                conditional = true;
                conditions.add(stated);
            }
            this.role = role != null ? role : this.role;
            this.kind = kind != null ? kind : this.kind;
        }

        Map<String, Object> row() {
            Map<String, Object> row = new HashMap<>();
            row.put("fromId", fromId);
            row.put("toId", toId);
            row.put("type", type.name());
            row.put("newId", UUID.randomUUID().toString());
            row.put("sources", List.copyOf(sources));
            row.put("agencies", List.copyOf(agencies));
            row.put("firstReported", first);
            row.put("lastReported", last);
            row.put("source", (long) strongest.submission.grading().source());
            row.put("intelligence", String.valueOf(strongest.submission.grading().intelligence()));
            row.put("handling", conditional ? "C" : "P");
            row.put("conditions", List.copyOf(conditions));
            row.put("role", role);
            row.put("kind", kind);
            return row;
        }
    }

    void merge(List<PlannedSubmission> batch) {
        Map<List<String>, Assertions> links = new LinkedHashMap<>();
        for (PlannedSubmission planned : batch) {
            for (var link : planned.submission.links()) {
                assertLink(links, planned, planned.nodes.get(link.fromRef()).id, link.type(), planned.nodes.get(link.toRef()).id,
                        link.role(), link.kind());
            }
            for (IncidentDraft incident : planned.submission.incidents()) {
                String incidentId = planned.incidentIds.get(incident.ref());
                for (var involvement : incident.involved()) {
                    assertLink(links, planned, planned.nodes.get(involvement.ref()).id, LinkType.INVOLVED_IN, incidentId,
                            involvement.role().name(), null);
                }
            }
        }
        if (links.isEmpty()) {
            return;
        }
        long merged = tx.optional("ingest/merge-links", Map.of("links", links.values().stream().map(Assertions::row).toList()),
                r -> r.get("merged").asLong()).orElse(0L);
        if (merged != links.size()) {
            throw new IllegalStateException("merge-links stored " + merged + " of " + links.size() + " links: a link type has no MERGE branch");
        }
    }

    private static void assertLink(Map<List<String>, Assertions> links, PlannedSubmission planned, String fromId, LinkType type, String toId,
                                   String role, String kind) {
        links.computeIfAbsent(List.of(fromId, type.name(), toId), k -> new Assertions(fromId, type, toId)).add(planned, role, kind);
    }
}
