package org.linkmap.service.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.linkmap.model.EntityKind;
import org.linkmap.model.submission.Submission;

/** A submission that passed the graph checks, with everything writing it needs; ids are filled in as it is written. */
final class PlannedSubmission {

    final SubmissionCandidate candidate;
    final Submission submission;
    final String id = UUID.randomUUID().toString();
    /** By ref, in the submission's order. */
    final Map<String, PlannedNode> nodes = new LinkedHashMap<>();
    final Map<String, String> incidentIds = new LinkedHashMap<>();
    final Map<String, Geocoding.Point> incidentPoints = new HashMap<>();
    /** The areas of its forum and of every place it mentions. */
    final Set<String> areas = new TreeSet<>();
    SubmissionReceipt receipt;

    PlannedSubmission(SubmissionCandidate candidate) {
        this.candidate = candidate;
        this.submission = candidate.submission();
        if (submission.forum() != null && submission.forum().area() != null) {
            areas.add(submission.forum().area());
        }
    }

    String key() {
        return candidate.key();
    }

    /** The nodes of the batch that it describes itself, of one kind, in batch order. */
    static List<PlannedNode> freshNodes(List<PlannedSubmission> batch, EntityKind kind) {
        return batch.stream().flatMap(p -> p.nodes.values().stream()).filter(n -> n.isFresh(kind)).toList();
    }

    /** The conditions of a C-graded submission, as stated or as the handling code implies; else null. */
    String conditions() {
        if (submission.grading().handling() != 'C') {
            return null;
        }
        return submission.handlingConditions() != null ? submission.agency() + ": " + submission.handlingConditions()
                : submission.agency() + ": sharing with conditions; ask " + submission.agency() + " before sharing further.";
    }

    /** Where a fact this submission asserts came from, as the link and incident rows carry it. */
    Map<String, Object> provenance() {
        return Map.of("id", id, "agency", submission.agency(), "submittedAt", submission.submittedAt(),
                "source", (long) submission.grading().source(), "intelligence", String.valueOf(submission.grading().intelligence()),
                "handling", String.valueOf(submission.grading().handling()));
    }
}
