package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An action tasked to an agency, against a target, with its status, RAG and the history of its notes.
 *
 * @param rag         computed when read, from the due date and today (Europe/London)
 * @param hotspotRank for a campaign's tasking, the rank of its hotspot when the campaign was planned
 */
record Tasking(String id, String action, Status status, Rag rag, LocalDate due, String assignedTo, String meetingId,
               String campaignId, Integer hotspotRank, Target.View target, List<String> areas, OffsetDateTime createdAt, String createdBy,
               List<Note> notes) {

    enum Status { OPEN, IN_PROGRESS, DONE, CANCELLED }

    /** One entry of the history: who changed the status or added a note, and when. */
    record Note(OffsetDateTime at, String by, String status, String note) {
    }

    boolean isOpen() {
        return status == Status.OPEN || status == Status.IN_PROGRESS;
    }
}
