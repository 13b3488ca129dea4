package org.linkmap.service.ingest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;


/**
 * Provenance on every node a batch mentions: which submissions named it, from which agencies, first and last
 * when, and the areas of those submissions (what area scope is decided by). One row per node, however many
 * submissions of the batch mention it.
 */
final class MentionRecords {

    private MentionRecords() {
    }

    /** The rows of {@code ingest/finish-submissions}' {@code mentions}: one per node the batch mentions. */
    static List<Map<String, Object>> of(List<PlannedSubmission> batch) {
        Map<String, Map<String, Object>> mentions = new LinkedHashMap<>();
        for (PlannedSubmission planned : batch) {
            Set<String> ids = new LinkedHashSet<>();
            planned.nodes.values().forEach(n -> ids.add(n.id));
            ids.addAll(planned.incidentIds.values());
            for (String id : ids) {
                Map<String, Object> row = mentions.computeIfAbsent(id, k -> {
                    Map<String, Object> r = new HashMap<>();
                    r.put("id", k);
                    r.put("sources", new ArrayList<String>());
                    r.put("agencies", new LinkedHashSet<String>());
                    r.put("areas", new TreeSet<String>());
                    return r;
                });
                fold(row, planned);
            }
        }
        return mentions.values().stream().map(row -> {
            Map<String, Object> r = new HashMap<>(row);
            r.put("agencies", List.copyOf((Set<?>) row.get("agencies")));
            r.put("areas", List.copyOf((Set<?>) row.get("areas")));
            return r;
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private static void fold(Map<String, Object> row, PlannedSubmission planned) {
        OffsetDateTime at = planned.submission.submittedAt();
        ((List<String>) row.get("sources")).add(planned.id);
        ((Set<String>) row.get("agencies")).add(planned.submission.agency());
        ((Set<String>) row.get("areas")).addAll(planned.areas);
        row.merge("firstReported", at, (a, b) -> ((OffsetDateTime) a).isBefore((OffsetDateTime) b) ? a : b);
        row.merge("lastReported", at, (a, b) -> ((OffsetDateTime) a).isAfter((OffsetDateTime) b) ? a : b);
    }
}
