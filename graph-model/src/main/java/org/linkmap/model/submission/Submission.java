package org.linkmap.model.submission;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.Grading;
import org.linkmap.model.LinkType;
import org.linkmap.model.Vocabulary.ForumKind;
import org.linkmap.model.Vocabulary.IncidentType;
import org.linkmap.model.Vocabulary.InvolvementRole;
import org.linkmap.model.Vocabulary.PersonRole;

/** A submission that passed validation: every value typed, every identifier normalised. */
public record Submission(
        String submissionRef,
        String agency,
        String submittedBy,
        OffsetDateTime submittedAt,
        Forum forum,
        Grading grading,
        List<EntityDraft> entities,
        List<LinkDraft> links,
        List<IncidentDraft> incidents,
        String narrative,
        String handlingConditions) {

    public record Forum(ForumKind kind, String area, LocalDate meetingDate) {
    }

    /**
     * An entity to create or match. {@code existingId} is set when the submitter named a node already in
     * the graph; {@code properties} holds the stored properties (strings, numbers, dates, lists of strings).
     */
    public record EntityDraft(
            String ref,
            EntityKind kind,
            String existingId,
            Map<String, Object> properties,
            Position position,
            Set<PersonRole> roles,
            Map<String, String> identifiers) {

        public boolean namesExisting() {
            return existingId != null;
        }
    }

    public record LinkDraft(String fromRef, String toRef, LinkType type, String role, String kind) {
    }

    public record IncidentDraft(
            String ref,
            IncidentType incidentType,
            OffsetDateTime occurredAt,
            String locationRef,
            Position position,
            List<Involvement> involved,
            String summary) {
    }

    public record Involvement(String ref, InvolvementRole role) {
    }
}
