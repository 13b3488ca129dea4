package org.linkmap.model.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.model.Grading;
import org.linkmap.model.Vocabulary.ForumKind;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.model.submission.Submission.LinkDraft;

/**
 * Checks a submission against the contract and, when it is valid, types it. Every invalid field is
 * reported, not only the first, so that a practitioner can correct a submission in one go.
 *
 * <p>Thread-safe: each call works on its own state.
 */
public final class SubmissionValidator {

    public static final String AGENCY_PATTERN = "[A-Z][A-Z0-9_]{1,39}";
    public static final String AREA_PATTERN = "[A-Z][A-Z0-9_]{1,39}";
    private static final String SUBMISSION_REF_PATTERN = "[A-Za-z0-9][A-Za-z0-9_./:-]{0,99}";

    /** The earliest date any submitted date may carry; earlier ones are typing slips, not records. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private final Clock clock;
    private final ServiceRegion region;

    public SubmissionValidator(Clock clock) {
        this(clock, ServiceRegion.ANYWHERE);
    }

    /** @param region where positions may lie; others are refused naming the field */
    public SubmissionValidator(Clock clock, ServiceRegion region) {
        this.clock = clock;
        this.region = region;
    }

    /** The outcome of validation: the typed submission, or the list of what is wrong with it. */
    public record Result(Submission submission, List<FieldError> errors) {
        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Result validate(SubmissionRequest request) {
        Problems problems = new Problems();
        if (request == null) {
            problems.add("body", "is required");
            return new Result(null, problems.errors());
        }
        String ref = problems.required("submissionRef", request.submissionRef())
                ? problems.matching("submissionRef", request.submissionRef(), SUBMISSION_REF_PATTERN,
                "1 to 100 letters, digits and . _ / : -") : null;
        String agency = problems.required("agency", request.agency())
                ? problems.matching("agency", request.agency(), AGENCY_PATTERN, "an agency code in capitals, such as LANCASHIRE_POLICE") : null;
        String submittedBy = problems.requiredText("submittedBy", request.submittedBy(), Problems.MAX_NAME);
        OffsetDateTime submittedAt = submittedAt(problems, request.submittedAt());
        Submission.Forum forum = forum(problems, request.forum());
        Grading grading = grading(problems, request.grading());
        String narrative = problems.text("narrative", request.narrative(), Problems.MAX_TEXT);
        String conditions = request.grading() == null ? null : problems.text("grading.conditions", request.grading().conditions(), 1_000);
        if (conditions != null && grading != null && grading.handling() != 'C') {
            problems.add("grading.conditions", "apply to handling code C only");
        }

        Map<String, EntityDraft> entitiesByRef = new HashMap<>();
        List<EntityDraft> entities = entities(problems, request, entitiesByRef);
        List<LinkDraft> links = LinkRules.read(problems, request.links(), entitiesByRef);
        List<IncidentDraft> incidents = IncidentRules.read(problems, request.incidents(), entitiesByRef, region,
                OffsetDateTime.now(clock));

        if (!problems.isEmpty()) {
            return new Result(null, problems.errors());
        }
        return new Result(new Submission(ref, agency, submittedBy, submittedAt, forum, grading,
                entities, links, incidents, narrative, conditions), List.of());
    }

    private OffsetDateTime submittedAt(Problems problems, String value) {
        if (!problems.required("submittedAt", value)) {
            return null;
        }
        return notInTheFuture(problems, "submittedAt", problems.dateTime("submittedAt", value), OffsetDateTime.now(clock));
    }

    /** A time from {@link #EARLIEST} to a day from now (clocks differ); otherwise a problem on {@code field}. */
    static OffsetDateTime notInTheFuture(Problems problems, String field, OffsetDateTime at, OffsetDateTime now) {
        if (at != null && at.isAfter(now.plusDays(1))) {
            problems.add(field, "must not be in the future");
            return null;
        }
        if (at != null && at.toLocalDate().isBefore(EARLIEST)) {
            problems.add(field, "must not be before " + EARLIEST);
            return null;
        }
        return at;
    }

    private Submission.Forum forum(Problems problems, SubmissionRequest.ForumRequest forum) {
        if (forum == null) {
            return null;
        }
        ForumKind kind = problems.required("forum.kind", forum.kind()) ? problems.oneOf("forum.kind", forum.kind(), ForumKind.class) : null;
        String area = problems.matching("forum.area", forum.area(), AREA_PATTERN, "an area code in capitals, such as LANCS_NORTH");
        if (kind != null && kind != ForumKind.DIRECT && forum.area() == null) {
            problems.add("forum.area", "is required for a " + kind + " forum");
        }
        LocalDate meetingDate = problems.date("forum.meetingDate", forum.meetingDate());
        if (meetingDate != null && (meetingDate.isBefore(EARLIEST) || meetingDate.isAfter(LocalDate.now(clock).plusYears(5)))) {
            problems.add("forum.meetingDate", "must be between " + EARLIEST + " and five years from now");
            meetingDate = null;
        }
        return new Submission.Forum(kind, area, meetingDate);
    }

    private Grading grading(Problems problems, SubmissionRequest.GradingRequest grading) {
        if (!problems.required("grading", grading)) {
            return null;
        }
        int before = problems.errors().size();
        if (problems.required("grading.source", grading.source()) && (grading.source() < 1 || grading.source() > 3)) {
            problems.add("grading.source", "must be 1, 2 or 3 (3x5x2 source evaluation)");
        }
        if (problems.required("grading.intelligence", grading.intelligence()) && !grading.intelligence().matches("[A-E]")) {
            problems.add("grading.intelligence", "must be one of A, B, C, D, E (3x5x2 intelligence assessment)");
        }
        if (problems.required("grading.handling", grading.handling()) && !grading.handling().matches("[PC]")) {
            problems.add("grading.handling", "must be P or C (3x5x2 handling code)");
        }
        if (problems.errors().size() > before) {
            return null;
        }
        return new Grading(grading.source(), grading.intelligence().charAt(0), grading.handling().charAt(0));
    }

    private List<EntityDraft> entities(Problems problems, SubmissionRequest request, Map<String, EntityDraft> byRef) {
        List<EntityDraft> result = new ArrayList<>();
        if (request.entities() == null) {
            return result;
        }
        if (Refs.tooMany(problems, "entities", request.entities())) {
            return result;
        }
        EntityRules rules = new EntityRules(problems, LocalDate.now(clock), region);
        for (int i = 0; i < request.entities().size(); i++) {
            String path = "entities[" + i + "]";
            var entity = request.entities().get(i);
            if (entity == null) {
                problems.add(path, "must be an object");
                continue;
            }
            String ref = Refs.declare(problems, path + ".ref", entity.ref(), byRef.keySet());
            EntityDraft draft = rules.read(path, entity);
            if (ref != null && draft != null) {
                byRef.put(ref, draft);
                result.add(draft);
            } else if (ref != null) {
                byRef.put(ref, null);
            }
        }
        return result;
    }
}
