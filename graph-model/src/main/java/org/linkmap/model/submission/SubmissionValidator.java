package org.linkmap.model.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.model.EntityKind;
import org.linkmap.model.Grading;
import org.linkmap.model.LinkType;
import org.linkmap.model.Vocabulary;
import org.linkmap.model.Vocabulary.AssociationKind;
import org.linkmap.model.Vocabulary.ForumKind;
import org.linkmap.model.Vocabulary.IncidentType;
import org.linkmap.model.Vocabulary.InvolvementRole;
import org.linkmap.model.Vocabulary.MembershipRole;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.model.submission.Submission.Involvement;
import org.linkmap.model.submission.Submission.LinkDraft;
import org.linkmap.model.submission.SubmissionRequest.IncidentRequest;
import org.linkmap.model.submission.SubmissionRequest.LinkRequest;

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
    static final int MAX_ITEMS = 2_000;

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
        List<LinkDraft> links = links(problems, request.links(), entitiesByRef);
        List<IncidentDraft> incidents = incidents(problems, request.incidents(), entitiesByRef);

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
        return notInTheFuture(problems, "submittedAt", problems.dateTime("submittedAt", value));
    }

    /** A time from {@link #EARLIEST} to a day from now (clocks differ); otherwise a problem on {@code field}. */
    private OffsetDateTime notInTheFuture(Problems problems, String field, OffsetDateTime at) {
        if (at != null && at.isAfter(OffsetDateTime.now(clock).plusDays(1))) {
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
        if (tooMany(problems, "entities", request.entities())) {
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
            String ref = reference(problems, path + ".ref", entity.ref(), byRef.keySet());
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

    private static String reference(Problems problems, String path, String ref, java.util.Set<String> taken) {
        if (!problems.required(path, ref)) {
            return null;
        }
        if (problems.matching(path, ref, EntityRules.REF_PATTERN, "1 to 64 letters, digits and _ . : -") == null) {
            return null;
        }
        if (taken.contains(ref)) {
            problems.add(path, "duplicates the ref '" + ref + "' used earlier in this submission");
            return null;
        }
        return ref;
    }

    private List<LinkDraft> links(Problems problems, List<LinkRequest> links, Map<String, EntityDraft> byRef) {
        List<LinkDraft> result = new ArrayList<>();
        if (links == null || tooMany(problems, "links", links)) {
            return result;
        }
        for (int i = 0; i < links.size(); i++) {
            String path = "links[" + i + "]";
            LinkRequest link = links.get(i);
            if (link == null) {
                problems.add(path, "must be an object");
                continue;
            }
            boolean fromKnown = knownRef(problems, path + ".from", link.from(), byRef);
            boolean toKnown = knownRef(problems, path + ".to", link.to(), byRef);
            LinkType type = linkType(problems, path + ".type", link.type());
            if (type == null) {
                continue;
            }
            String role = null;
            String kind = null;
            if (type == LinkType.MEMBER_OF && link.role() != null) {
                role = nameOf(problems.oneOf(path + ".role", link.role(), MembershipRole.class));
            } else if (link.role() != null) {
                problems.add(path + ".role", "applies to MEMBER_OF links only");
            }
            if (type == LinkType.ASSOCIATES_WITH && link.kind() != null) {
                kind = nameOf(problems.oneOf(path + ".kind", link.kind(), AssociationKind.class));
            } else if (link.kind() != null) {
                problems.add(path + ".kind", "applies to ASSOCIATES_WITH links only");
            }
            if (fromKnown && toKnown) {
                checkKinds(problems, path, type, byRef.get(link.from()), byRef.get(link.to()));
                result.add(new LinkDraft(link.from(), link.to(), type, role, kind));
            }
        }
        return result;
    }

    private static LinkType linkType(Problems problems, String path, String value) {
        if (!problems.required(path, value)) {
            return null;
        }
        LinkType type = Vocabulary.parse(LinkType.class, value);
        if (type == null || !type.isSubmittable()) {
            problems.add(path, "must be one of ASSOCIATES_WITH, EXPLOITS, MEMBER_OF, LIVES_AT, FREQUENTS, USES, "
                    + "CONTACTED, OPERATES, WORKS_FOR");
            return null;
        }
        return type;
    }

    private static void checkKinds(Problems problems, String path, LinkType type, EntityDraft from, EntityDraft to) {
        if (from == null || to == null || from.kind() == null || to.kind() == null) {
            return;
        }
        if (!type.joins(from.kind(), to.kind())) {
            problems.add(path + ".type", type + " cannot join a " + from.kind() + " to a " + to.kind());
        }
    }

    private static boolean knownRef(Problems problems, String path, String ref, Map<String, EntityDraft> byRef) {
        if (!problems.required(path, ref)) {
            return false;
        }
        if (!byRef.containsKey(ref)) {
            problems.add(path, "refers to '" + abbreviate(ref) + "', which is not an entity ref of this submission");
            return false;
        }
        return true;
    }

    private List<IncidentDraft> incidents(Problems problems, List<IncidentRequest> incidents, Map<String, EntityDraft> byRef) {
        List<IncidentDraft> result = new ArrayList<>();
        if (incidents == null || tooMany(problems, "incidents", incidents)) {
            return result;
        }
        java.util.Set<String> taken = new java.util.HashSet<>(byRef.keySet());
        for (int i = 0; i < incidents.size(); i++) {
            String path = "incidents[" + i + "]";
            IncidentRequest incident = incidents.get(i);
            if (incident == null) {
                problems.add(path, "must be an object");
                continue;
            }
            String ref = reference(problems, path + ".ref", incident.ref(), taken);
            if (ref != null) {
                taken.add(ref);
            }
            IncidentType type = problems.required(path + ".incidentType", incident.incidentType())
                    ? problems.oneOf(path + ".incidentType", incident.incidentType(), IncidentType.class) : null;
            OffsetDateTime occurredAt = problems.required(path + ".occurredAt", incident.occurredAt())
                    ? notInTheFuture(problems, path + ".occurredAt", problems.dateTime(path + ".occurredAt", incident.occurredAt())) : null;
            String locationRef = incidentLocation(problems, path, incident, byRef);
            Position position = PositionRules.read(problems, path, incident.lat(), incident.lon(),
                    incident.easting(), incident.northing(), incident.postcode());
            region.check(problems, path, position);
            if (locationRef == null && position == null && incident.location() == null
                    && incident.lat() == null && incident.lon() == null && incident.easting() == null
                    && incident.northing() == null && incident.postcode() == null) {
                problems.add(path + ".location", "an incident needs a location ref, lat+lon, easting+northing or a postcode");
            }
            List<Involvement> involved = involved(problems, path, incident, byRef);
            String summary = problems.text(path + ".summary", incident.summary(), Problems.MAX_TEXT);
            result.add(new IncidentDraft(ref, type, occurredAt, locationRef, position, involved, summary));
        }
        return result;
    }

    private static String incidentLocation(Problems problems, String path, IncidentRequest incident, Map<String, EntityDraft> byRef) {
        if (incident.location() == null) {
            return null;
        }
        if (!knownRef(problems, path + ".location", incident.location(), byRef)) {
            return null;
        }
        EntityDraft location = byRef.get(incident.location());
        if (location != null && location.kind() != null && location.kind() != EntityKind.LOCATION) {
            problems.add(path + ".location", "must refer to a LOCATION entity");
            return null;
        }
        return incident.location();
    }

    private static List<Involvement> involved(Problems problems, String path, IncidentRequest incident, Map<String, EntityDraft> byRef) {
        List<Involvement> result = new ArrayList<>();
        if (incident.involved() == null) {
            return result;
        }
        for (int j = 0; j < incident.involved().size(); j++) {
            String item = path + ".involved[" + j + "]";
            var involvement = incident.involved().get(j);
            if (involvement == null) {
                problems.add(item, "must be an object");
                continue;
            }
            boolean known = knownRef(problems, item + ".ref", involvement.ref(), byRef);
            InvolvementRole role = problems.required(item + ".role", involvement.role())
                    ? problems.oneOf(item + ".role", involvement.role(), InvolvementRole.class) : null;
            EntityDraft entity = known ? byRef.get(involvement.ref()) : null;
            if (entity != null && entity.kind() != null && !LinkType.INVOLVED_IN.from().contains(entity.kind())) {
                problems.add(item + ".ref", "a " + entity.kind() + " cannot be involved in an incident");
            } else if (known && role != null) {
                result.add(new Involvement(involvement.ref(), role));
            }
        }
        return result;
    }

    private static boolean tooMany(Problems problems, String path, List<?> items) {
        if (items.size() > MAX_ITEMS) {
            problems.add(path, "must have at most " + MAX_ITEMS + " items; use the bulk endpoint for more");
            return true;
        }
        return false;
    }

    private static String nameOf(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static String abbreviate(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }
}
