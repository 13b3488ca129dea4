package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A campaign such as an awareness week: the top hotspots of an area, one outreach tasking each, and what was
 * recorded against them.
 */
record Campaign(String id, String name, String area, LocalDate from, LocalDate to, int top, Map<String, Object> hotspotQuery,
                String assignedTo, OffsetDateTime createdAt, String createdBy, List<Tasking> taskings, Summary summary) {

    /** Counted from the disruption records that follow the campaign's taskings. */
    record Summary(long hotspotsTargeted, long hotspotsVisited, long taskingsDone, long visitsMade, long noticesIssued,
                   long offenderVisits, long childrenEngaged) {
    }
}
