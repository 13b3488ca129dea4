package org.linkmap.service.network;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link as every network view shows it: its ends, its type, how many distinct agencies assert it, the
 * submissions that do ({@code sources} and, for each, {@code provenance}), when it was first and last reported
 * and its best grading. An inferred link ({@code inferred: true}, type {@code CO_LOCATED}) is never stored: it
 * carries the {@code incidents} that gave rise to it. A link out of the reader's view to a node held elsewhere is
 * shown as {@code restricted: true} with type {@code RESTRICTED} and nothing else.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Link(String id, String source, String target, String type, int agencies, List<String> agencyCodes,
                   List<String> sources, OffsetDateTime firstReported, OffsetDateTime lastReported, Grading grading,
                   boolean inferred, String role, String kind, List<Provenance> provenance, List<IncidentRef> incidents,
                   Boolean restricted) {

    public Link(String id, String source, String target, String type, int agencies, List<String> agencyCodes,
                List<String> sources, OffsetDateTime firstReported, OffsetDateTime lastReported, Grading grading,
                boolean inferred, String role, String kind, List<Provenance> provenance, List<IncidentRef> incidents) {
        this(id, source, target, type, agencies, agencyCodes, sources, firstReported, lastReported, grading, inferred, role, kind,
                provenance, incidents, null);
    }

    /** The same link with the submissions asserting it described. */
    Link withProvenance(List<Provenance> described) {
        return new Link(id, source, target, type, agencies, agencyCodes, sources, firstReported, lastReported, grading, inferred,
                role, kind, described, incidents, restricted);
    }

    /** What a reader may know of a link out of view to a node held elsewhere: that it exists, not what it says. */
    static Link restricted(Link link) {
        return new Link(link.id(), link.source(), link.target(), RESTRICTED, 0, List.of(), List.of(), null, null, null, false,
                null, null, List.of(), List.of(), true);
    }

    /** The type of every inferred co-location link. */
    public static final String CO_LOCATED = "CO_LOCATED";
    /** The type shown for a link out of the reader's view. */
    public static final String RESTRICTED = "RESTRICTED";

    /** The 3x5x2 grading: {@code conditions} are what each originating agency asks before a C-graded link is shared. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Grading(int source, String intelligence, String handling, List<String> conditions) {

        /** "2B P": the code analysts write. */
        public String code() {
            return source + intelligence + " " + handling;
        }
    }

    /** One submission asserting the link: which agency, when, graded how. */
    public record Provenance(String submissionId, String agency, OffsetDateTime reported, int source, String intelligence,
                             String handling) {
    }

    /** An incident behind an inferred link. */
    public record IncidentRef(String id, String incidentType, OffsetDateTime occurredAt) {
    }

    /** Whether an originating agency attached conditions to sharing it (handling code C). */
    public boolean sharedWithConditions() {
        return grading != null && "C".equals(grading.handling());
    }

    /** Whether this link joins the two nodes, either way round. */
    boolean joins(String a, String b) {
        return source.equals(a) && target.equals(b) || source.equals(b) && target.equals(a);
    }

    /** The end that is not {@code id}. */
    String otherEnd(String id) {
        return source.equals(id) ? target : source;
    }
}
