package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Action taken to make exploitation harder, against a target, perhaps following a tasking.
 *
 * @param status     the followed tasking's status, {@code rag} and {@code assignedTo} likewise (absent without one)
 * @param childrenEngaged for outreach: how many children were spoken to
 */
record Disruption(String id, Tactic tactic, LocalDate date, String outcome, Integer childrenEngaged, Target.View target,
                  String taskingId, String status, Rag rag, String assignedTo, List<String> areas,
                  OffsetDateTime createdAt, String createdBy) {

    /**
     * The tactics: Child Abduction Warning Notice, a notice under s.49 of the Children Act 1989 (as used
     * alongside CAWNs), Sexual Harm Prevention Order, Sexual Risk Order, Slavery and Trafficking Risk Order, a
     * hotel or guest-house notice under s.116 of the Anti-social Behaviour, Crime and Policing Act 2014, a
     * licensing review, a visit, a targeted patrol, outreach, an arrest, other.
     */
    enum Tactic { CAWN, S49_NOTICE, SHPO, SRO, STRO, HOTEL_NOTICE, LICENSING_REVIEW, VISIT, PATROL, OUTREACH, ARREST, OTHER }
}
