package org.linkmap.model.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.model.submission.SubmissionRequest.EntityRequest;
import org.linkmap.model.submission.SubmissionRequest.GradingRequest;
import org.linkmap.model.submission.SubmissionRequest.IncidentRequest;
import org.linkmap.model.submission.SubmissionRequest.InvolvedRequest;
import org.linkmap.model.submission.SubmissionRequest.LinkRequest;

class SubmissionValidatorTest {

    private final SubmissionValidator validator =
            new SubmissionValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void acceptsAWellFormedSubmissionAndTypesIt() {
        var result = validator.validate(submission(
                List.of(person("c1", "Amber Testchild", "CHILD"), location("l1", 53.8132, -3.0541), phone("ph1", "07700 900123")),
                List.of(new LinkRequest("c1", "l1", "FREQUENTS", null, null)),
                List.of(incident("i1", "l1"))));

        assertThat(result.errors()).isEmpty();
        Submission submission = result.submission();
        assertThat(submission.grading().code()).isEqualTo("2B P");
        assertThat(submission.entities()).extracting(Submission.EntityDraft::kind)
                .containsExactly(EntityKind.PERSON, EntityKind.LOCATION, EntityKind.PHONE);
        assertThat(submission.entities().get(2).properties()).containsEntry("number", "+447700900123");
        assertThat(submission.links().get(0).type()).isEqualTo(LinkType.FREQUENTS);
        assertThat(submission.incidents().get(0).locationRef()).isEqualTo("l1");
    }

    @Test
    void rejectsLatitudeOutOfRangeAndNotANumber() {
        var result = validator.validate(submission(List.of(location("l1", 153.2, -3.0), location("l2", Double.NaN, -3.0)), List.of(), List.of()));

        assertThat(fields(result)).containsExactly("entities[0].lat", "entities[1].lat");
    }

    @Test
    void rejectsPositionsOutsideTheServiceRegionNamingTheField() {
        ServiceRegion britain = new ServiceRegion("Great Britain", 49.8, 60.9, -8.7, 1.8, (e, n) -> new double[] {-7.56, 49.77});
        var inRegion = new SubmissionValidator(Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC), britain);

        var result = inRegion.validate(submission(
                List.of(location("l1", 53.8132, -3.0541), location("l2", 0.0, 0.0), location("l3", 40.7128, -74.006)),
                List.of(), List.of()));

        assertThat(fields(result)).as("0 E is Greenwich, inside").containsExactly("entities[1].lat", "entities[2].lat", "entities[2].lon");
        assertThat(result.errors().get(0).message())
                .isEqualTo("latitude 0.0 lies outside the service region (Great Britain: latitude 49.8 to 60.9, longitude -8.7 to 1.8)");
    }

    @Test
    void reportsEveryInvalidFieldNotOnlyTheFirst() {
        var request = new SubmissionRequest(null, "lower-case", " ", "yesterday", null, new GradingRequest(7, "Q", "X", null),
                List.of(), List.of(new LinkRequest("a", "b", "TELEPORTS_TO", null, null)), List.of(), null);

        assertThat(fields(validator.validate(request))).containsExactly("submissionRef", "agency", "submittedBy", "submittedAt",
                "grading.source", "grading.intelligence", "grading.handling", "links[0].from", "links[0].to", "links[0].type");
    }

    @Test
    void rejectsALinkBetweenKindsItCannotJoin() {
        var result = validator.validate(submission(List.of(phone("ph1", "07700900123"), location("l1", 53.8, -3.0)),
                List.of(new LinkRequest("ph1", "l1", "EXPLOITS", null, null)), List.of()));

        assertThat(result.errors()).extracting(FieldError::field).containsExactly("links[0].type");
        assertThat(result.errors().get(0).message()).contains("PHONE").contains("LOCATION");
    }

    @Test
    void rejectsAnInjectionAttemptInATypeAndKeepsItInANameAsText() {
        var injected = new EntityRequest("p1", "PERSON` DETACH DELETE n //", null, "x", null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var asName = person("p2", "x'}) MATCH (n) DETACH DELETE n //", "POI");

        var result = validator.validate(submission(List.of(injected, asName), List.of(), List.of()));

        assertThat(fields(result)).containsExactly("entities[0].type");
        var clean = validator.validate(submission(List.of(asName), List.of(), List.of()));
        assertThat(clean.submission().entities().get(0).properties()).containsEntry("name", "x'}) MATCH (n) DETACH DELETE n //");
    }

    @Test
    void requiresAnIncidentToHaveSomewhere() {
        var result = validator.validate(submission(List.of(), List.of(),
                List.of(new IncidentRequest("i1", "SIGHTING", "2026-10-30T22:40:00Z", null, null, null, null, null, null, null, null))));

        assertThat(fields(result)).containsExactly("incidents[0].location");
    }

    @Test
    void rejectsAnIncidentInvolvingALocation() {
        var result = validator.validate(submission(List.of(location("l1", 53.8, -3.0)), List.of(),
                List.of(new IncidentRequest("i1", "SIGHTING", "2026-10-30T22:40:00Z", "l1", null, null, null, null, null,
                        List.of(new InvolvedRequest("l1", "VICTIM")), null))));

        assertThat(fields(result)).containsExactly("incidents[0].involved[0].ref");
    }

    @Test
    void acceptsBritishNationalGridButNotBothSystemsAtOnce() {
        var grid = new EntityRequest("l1", "LOCATION", null, "Car park", null, null, null, null, null, null, null, null,
                "CAR_PARK", null, null, null, null, 331050.0, 435780.0, null, null, null, null, null, null, null, null, null, null, null);
        var both = new EntityRequest("l2", "LOCATION", null, "Car park", null, null, null, null, null, null, null, null,
                "CAR_PARK", null, null, 53.8, -3.0, 331050.0, 435780.0, null, null, null, null, null, null, null, null, null, null, null);

        var result = validator.validate(submission(List.of(grid, both), List.of(), List.of()));

        assertThat(fields(result)).containsExactly("entities[1].lat");
    }

    @Test
    void rejectsADateOfBirthInTheFuture() {
        var child = new EntityRequest("c1", "PERSON", null, "A Child", null, "2030-01-01", null, null, List.of("CHILD"), null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(fields(validator.validate(submission(List.of(child), List.of(), List.of())))).containsExactly("entities[0].dob");
    }

    @Test
    void namesAnUnknownIdentifierSchemeShape() {
        var person = new EntityRequest("c1", "PERSON", null, "A Child", null, null, null, null, null, Map.of("lcs number", "1"), null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(fields(validator.validate(submission(List.of(person), List.of(), List.of()))))
                .containsExactly("entities[0].identifiers.lcs number");
    }

    private static List<String> fields(SubmissionValidator.Result result) {
        return result.errors().stream().map(FieldError::field).toList();
    }

    static SubmissionRequest submission(List<EntityRequest> entities, List<LinkRequest> links, List<IncidentRequest> incidents) {
        return new SubmissionRequest("REF-1", "LANCASHIRE_POLICE", "DC Example", "2026-11-02T10:15:00Z", null,
                new GradingRequest(2, "B", "P", null), entities, links, incidents, null);
    }

    static EntityRequest person(String ref, String name, String role) {
        return new EntityRequest(ref, "PERSON", null, name, null, null, null, null, List.of(role), null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static EntityRequest location(String ref, double lat, double lon) {
        return new EntityRequest(ref, "LOCATION", null, "Somewhere", null, null, null, null, null, null, null, null,
                "TAKEAWAY", null, null, lat, lon, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    static EntityRequest phone(String ref, String number) {
        return new EntityRequest(ref, "PHONE", null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, number, null, null, null, null);
    }

    static IncidentRequest incident(String ref, String locationRef) {
        return new IncidentRequest(ref, "SIGHTING", "2026-10-30T22:40:00Z", locationRef, null, null, null, null, null, null, "seen");
    }
}
