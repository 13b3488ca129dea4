package org.linkmap.service.entity;

import java.util.List;
import java.util.Map;

import org.linkmap.model.EntityKind;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code GET /api/entities/{id}}: a node, its links with their provenance, and possible matches. */
public record EntityView(
        String id,
        EntityKind kind,
        String label,
        Map<String, Object> properties,
        List<LinkView> links,
        List<PossibleMatch> possibleMatches) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkView(
            String type,
            String direction,
            NodeSummary other,
            List<String> sources,
            int agencies,
            String firstReported,
            String lastReported,
            GradingView grading,
            String role,
            String kind) {
    }

    public record GradingView(int source, String intelligence, String handling) {
    }

    public record PossibleMatch(String id, String label, double score, List<String> reasons) {
    }
}
