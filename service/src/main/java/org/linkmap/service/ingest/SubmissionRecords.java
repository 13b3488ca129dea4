package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.linkmap.model.submission.Submission;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.service.neo4j.Graph;

/**
 * The submission and incident nodes of a batch, and the receipt each submission gets: the submission nodes are
 * created first (so everything else can point at them), the incidents with the new places once places are
 * resolved, and the receipts last, when every ref has its id.
 */
final class SubmissionRecords {

    private final Graph.Tx tx;
    private final Function<SubmissionReceipt, String> receiptJson;

    SubmissionRecords(Graph.Tx tx, Function<SubmissionReceipt, String> receiptJson) {
        this.tx = tx;
        this.receiptJson = receiptJson;
    }

    void create(List<PlannedSubmission> batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlannedSubmission planned : batch) {
            Submission s = planned.submission;
            Map<String, Object> p = new HashMap<>();
            p.put("id", planned.id);
            p.put("key", planned.key());
            p.put("submissionRef", s.submissionRef());
            p.put("agency", s.agency());
            p.put("submittedBy", s.submittedBy());
            p.put("submittedAt", s.submittedAt());
            p.put("forumKind", s.forum() == null || s.forum().kind() == null ? null : s.forum().kind().name());
            p.put("forumArea", s.forum() == null ? null : s.forum().area());
            p.put("meetingDate", s.forum() == null ? null : s.forum().meetingDate());
            p.put("source", (long) s.grading().source());
            p.put("intelligence", String.valueOf(s.grading().intelligence()));
            p.put("handling", String.valueOf(s.grading().handling()));
            p.put("conditions", planned.conditions());
            p.put("narrative", s.narrative());
            p.put("contentHash", planned.candidate.contentHash());
            p.put("body", planned.candidate.body());
            rows.add(Map.of("agency", s.agency(), "properties", p));
        }
        tx.runAhead("ingest/create-submissions", Map.of("submissions", rows));
    }

    /** The new places, networks and organisations ({@link NamesakePlaces}), then the batch's incidents, at once. */
    void createPlacesAndIncidents(List<Map<String, Object>> entities, List<PlannedSubmission> batch) {
        List<Map<String, Object>> incidents = new ArrayList<>();
        for (PlannedSubmission planned : batch) {
            for (IncidentDraft incident : planned.submission.incidents()) {
                incidents.add(incidentRow(planned, incident));
            }
        }
        if (!entities.isEmpty() || !incidents.isEmpty()) {
            tx.runAhead("ingest/create-entities-and-incidents", Map.of("entities", entities, "incidents", incidents));
        }
    }

    private static Map<String, Object> incidentRow(PlannedSubmission planned, IncidentDraft incident) {
        Geocoding.Point point = planned.incidentPoints.get(incident.ref());
        PlannedNode location = incident.locationRef() == null ? null : planned.nodes.get(incident.locationRef());
        Map<String, Object> row = new HashMap<>();
        row.put("id", planned.incidentIds.get(incident.ref()));
        row.put("incidentType", incident.incidentType().name());
        row.put("occurredAt", incident.occurredAt());
        row.put("summary", incident.summary());
        row.put("longitude", point.longitude());
        row.put("latitude", point.latitude());
        row.put("geocodedFrom", point.geocodedFrom());
        row.put("locationId", location == null ? null : location.id);
        row.put("linkId", UUID.randomUUID().toString());
        row.put("submission", planned.provenance());
        row.put("conditions", planned.conditions() == null ? null : List.of(planned.conditions()));
        return row;
    }

    /**
     * Records provenance on every node the batch mentions ({@link MentionRecords}), then gives each submission its
     * receipt and stores it with the submission's areas: one statement.
     */
    void finish(List<PlannedSubmission> batch) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PlannedSubmission planned : batch) {
            Map<String, String> entityIds = new LinkedHashMap<>();
            planned.nodes.forEach((ref, node) -> entityIds.put(ref, node.id));
            planned.receipt = new SubmissionReceipt(planned.id, planned.submission.submissionRef(), entityIds, planned.incidentIds);
            rows.add(Map.of("id", planned.id, "receipt", receiptJson.apply(planned.receipt), "areas", List.copyOf(planned.areas)));
        }
        tx.runAhead("ingest/finish-submissions", Map.of("mentions", MentionRecords.of(batch), "submissions", rows));
    }
}
