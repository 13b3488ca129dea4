package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.hotspot.FoundHotspot;

/**
 * A meeting's agenda, as {@code GET /api/meetings/{id}/agenda} answers it.
 *
 * @param since            the previous meeting of the forum (or a month before, for the first): "new" means since then
 * @param topHotspotsNote  why {@code topHotspots} is empty when it is not for want of hotspots (the area's query over
 *                         the service's limits, or the engine busy past the time limit); null otherwise
 */
record Agenda(Meeting meeting, LocalDate since, LocalDate referralCutOff, List<Referral> newReferrals,
              List<Referral> rolledOver, List<OpenCase> openCases, List<NeverReferred> neverReferred,
              List<FoundHotspot> topHotspots, String topHotspotsNote, List<NewlyLinked> newlyLinkedPersons,
              List<PlacedChild> placedChildren) {

    /**
     * A referral to the forum. {@code rolledFrom} names the meeting whose cut-off it missed; on the agenda of
     * that meeting it is listed under {@code rolledOver} with {@code rollsTo} (absent while no later meeting is set).
     */
    record Referral(String submissionId, String submissionRef, String agency, OffsetDateTime receivedAt,
                    List<NodeSummary> children, String rolledFrom, String rollsTo) {
    }

    /** A child whose case is open: its monthly update is due at this meeting. */
    record OpenCase(NodeSummary child, long openTaskings, long newIntelligence, OffsetDateTime latestIntelligence,
                    LocalDate updateDue) {
    }

    record IncidentRef(String id, String incidentType, OffsetDateTime occurredAt) {
    }

    /** A prompt to refer: a child at repeated risk who has never been on a MACE agenda. */
    record NeverReferred(NodeSummary child, List<IncidentRef> incidents, long submissions, String reason) {
    }

    record NewlyLinked(NodeSummary person, long newLinks, OffsetDateTime firstLinked) {
    }

    record PlacedChild(String id, NodeSummary child, String homeAuthority, Placements.Placement placement,
                       Placements.Notification notification) {
    }
}
