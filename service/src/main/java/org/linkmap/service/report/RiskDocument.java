package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linkmap.service.access.NodeSummary;

/**
 * The operational group's weekly risk document: the children and persons of interest causing concern in its
 * area, each with the risk level, the latest intelligence in the reader's view with its 3x5x2 grading, open
 * taskings and disruption. Regenerated whenever asked, so each week's print is that week's graph.
 */
record RiskDocument(String area, OffsetDateTime generatedAt, List<Entry> children, List<Entry> personsOfInterest) {

    record Entry(NodeSummary person, String riskLevel, List<String> hazards, Intelligence latestIntelligence,
                 List<OpenTasking> openTaskings, List<DisruptionDone> disruption) {
    }

    /** The grading in the 3x5x2 notation, such as {@code 2B P}. */
    record Intelligence(String submissionId, String submissionRef, String agency, OffsetDateTime submittedAt, String grading) {
    }

    record OpenTasking(String id, String action, LocalDate due, String assignedTo, String status) {
    }

    record DisruptionDone(String id, String tactic, LocalDate date, String outcome) {
    }
}
