package org.linkmap.model.submission;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.model.Vocabulary.IncidentType;
import org.linkmap.model.Vocabulary.InvolvementRole;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.model.submission.Submission.IncidentDraft;
import org.linkmap.model.submission.Submission.Involvement;
import org.linkmap.model.submission.SubmissionRequest.IncidentRequest;

/**
 * The incidents of a submission: a ref of their own, a type and a time, somewhere (a LOCATION ref or a
 * position), and the people, organisations or networks involved with a role each.
 */
final class IncidentRules {

    private IncidentRules() {
    }

    /**
     * @param region where an incident's own position may lie
     * @param now    the time an incident may not be later than (by more than a day)
     */
    static List<IncidentDraft> read(Problems problems, List<IncidentRequest> incidents, Map<String, EntityDraft> byRef,
                                    ServiceRegion region, OffsetDateTime now) {
        List<IncidentDraft> result = new ArrayList<>();
        if (incidents == null || Refs.tooMany(problems, "incidents", incidents)) {
            return result;
        }
        Set<String> taken = new HashSet<>(byRef.keySet());
        for (int i = 0; i < incidents.size(); i++) {
            String path = "incidents[" + i + "]";
            IncidentRequest incident = incidents.get(i);
            if (incident == null) {
                problems.add(path, "must be an object");
                continue;
            }
            String ref = Refs.declare(problems, path + ".ref", incident.ref(), taken);
            if (ref != null) {
                taken.add(ref);
            }
            IncidentType type = problems.required(path + ".incidentType", incident.incidentType())
                    ? problems.oneOf(path + ".incidentType", incident.incidentType(), IncidentType.class) : null;
            OffsetDateTime occurredAt = problems.required(path + ".occurredAt", incident.occurredAt())
                    ? SubmissionValidator.notInTheFuture(problems, path + ".occurredAt",
                    problems.dateTime(path + ".occurredAt", incident.occurredAt()), now) : null;
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
        if (!Refs.known(problems, path + ".location", incident.location(), byRef)) {
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
            boolean known = Refs.known(problems, item + ".ref", involvement.ref(), byRef);
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
}
