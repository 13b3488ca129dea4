package org.linkmap.model.submission;

import java.util.List;
import java.util.Map;

/**
 * A submission exactly as a client sent it. Enumerated values are strings here so that a wrong word is
 * reported as a field error by {@link SubmissionValidator} rather than failing the whole parse.
 */
public record SubmissionRequest(
        String submissionRef,
        String agency,
        String submittedBy,
        String submittedAt,
        ForumRequest forum,
        GradingRequest grading,
        List<EntityRequest> entities,
        List<LinkRequest> links,
        List<IncidentRequest> incidents,
        String narrative) {

    public record ForumRequest(String kind, String area, String meetingDate) {
    }

    /** {@code conditions}: for handling code C, what the receiver must do before sharing further. */
    public record GradingRequest(Integer source, String intelligence, String handling, String conditions) {
    }

    /** One entity; which fields apply depends on {@code type}. */
    public record EntityRequest(
            String ref, String type, String id,
            String name, List<String> aliases, String dob, Integer dobYear, String gender,
            List<String> roles, Map<String, String> identifiers, List<String> hazards, String riskLevel,
            String locationType, String address, String postcode, Double lat, Double lon,
            Double easting, Double northing, Boolean vulnerable,
            String networkType,
            String vrm, String make, String model, String colour,
            String number,
            String orgType, String licence,
            String platform, String handle) {
    }

    public record LinkRequest(String from, String to, String type, String role, String kind) {
    }

    public record IncidentRequest(
            String ref, String incidentType, String occurredAt,
            String location, Double lat, Double lon, Double easting, Double northing, String postcode,
            List<InvolvedRequest> involved, String summary) {
    }

    public record InvolvedRequest(String ref, String role) {
    }
}
