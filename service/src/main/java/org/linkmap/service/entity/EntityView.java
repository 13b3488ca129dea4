package org.linkmap.service.entity;

import java.util.List;
import java.util.Map;

import org.linkmap.model.EntityKind;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.identity.PossibleMatch;

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
            String kind,
            List<Provenance> provenance) {
    }

    /** One submission asserting a link: who, when, and graded how ("2B P"). */
    public record Provenance(String submissionId, String agency, String reported, String grading) {
    }

    /** {@code conditions}: for handling code C, what each originating agency asks before sharing further. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record GradingView(int source, String intelligence, String handling, List<String> conditions) {
    }

}
