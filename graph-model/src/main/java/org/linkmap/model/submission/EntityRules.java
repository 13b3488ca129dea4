package org.linkmap.model.submission;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.Vocabulary;
import org.linkmap.model.Vocabulary.Gender;
import org.linkmap.model.Vocabulary.Hazard;
import org.linkmap.model.Vocabulary.LocationType;
import org.linkmap.model.Vocabulary.NetworkType;
import org.linkmap.model.Vocabulary.OrgType;
import org.linkmap.model.Vocabulary.PersonRole;
import org.linkmap.model.Vocabulary.RiskLevel;
import org.linkmap.model.submission.SubmissionRequest.EntityRequest;
import org.linkmap.model.submission.Submission.EntityDraft;

/** The rules for one entity of a submission, by kind. */
final class EntityRules {

    static final String REF_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}";
    private static final String SCHEME_PATTERN = "[A-Z][A-Z0-9_]{1,19}";
    private static final int MAX_ALIASES = 50;

    private final Problems problems;
    private final LocalDate today;
    private final ServiceRegion region;

    EntityRules(Problems problems, LocalDate today, ServiceRegion region) {
        this.region = region;
        this.problems = problems;
        this.today = today;
    }

    EntityDraft read(String path, EntityRequest e) {
        if (e.id() != null) {
            String id = problems.matching(path + ".id", e.id(), Identifiers.UUID_PATTERN, "the id of an existing entity (a UUID)");
            EntityKind kind = e.type() == null ? null : kind(path, e.type());
            return id == null ? null : new EntityDraft(e.ref(), kind, id, Map.of(), null, Set.of(), Map.of());
        }
        if (!problems.required(path + ".type", e.type())) {
            return null;
        }
        EntityKind kind = kind(path, e.type());
        if (kind == null) {
            return null;
        }
        Map<String, Object> props = new LinkedHashMap<>();
        Set<PersonRole> roles = EnumSet.noneOf(PersonRole.class);
        Map<String, String> identifiers = new LinkedHashMap<>();
        Position position = null;
        switch (kind) {
            case PERSON -> person(path, e, props, roles, identifiers);
            case LOCATION -> position = location(path, e, props);
            case NETWORK -> {
                put(props, "name", problems.requiredText(path + ".name", e.name(), Problems.MAX_NAME));
                put(props, "networkType", name(problems.oneOf(path + ".networkType", e.networkType(), NetworkType.class)));
            }
            case ORGANISATION -> {
                put(props, "name", problems.requiredText(path + ".name", e.name(), Problems.MAX_NAME));
                put(props, "orgType", name(problems.oneOf(path + ".orgType", e.orgType(), OrgType.class)));
                put(props, "licence", problems.text(path + ".licence", e.licence(), Problems.MAX_NAME));
            }
            case VEHICLE -> vehicle(path, e, props);
            case PHONE -> phone(path, e, props);
            case ONLINE_ACCOUNT -> onlineAccount(path, e, props);
            default -> problems.add(path + ".type", "incidents belong in the incidents list");
        }
        return new EntityDraft(e.ref(), kind, null, props, position, roles, identifiers);
    }

    private EntityKind kind(String path, String type) {
        EntityKind kind = Vocabulary.parse(EntityKind.class, type);
        if (kind == null || !kind.isSubmittable()) {
            problems.add(path + ".type", "must be one of PERSON, LOCATION, NETWORK, ORGANISATION, VEHICLE, PHONE, ONLINE_ACCOUNT");
            return null;
        }
        return kind;
    }

    private void person(String path, EntityRequest e, Map<String, Object> props,
                        Set<PersonRole> roles, Map<String, String> identifiers) {
        put(props, "name", problems.requiredText(path + ".name", e.name(), Problems.MAX_NAME));
        put(props, "aliases", texts(path + ".aliases", e.aliases()));
        LocalDate dob = problems.date(path + ".dob", e.dob());
        if (dob != null && dob.isAfter(today)) {
            problems.add(path + ".dob", "must not be in the future");
        } else if (dob != null && dob.isBefore(SubmissionValidator.EARLIEST)) {
            problems.add(path + ".dob", "must not be before " + SubmissionValidator.EARLIEST);
        } else if (dob != null) {
            props.put("dob", dob);
            props.put("dobYear", (long) dob.getYear());
        }
        if (e.dobYear() != null && (e.dobYear() < 1900 || e.dobYear() > today.getYear())) {
            problems.add(path + ".dobYear", "must be between 1900 and " + today.getYear());
        } else if (e.dobYear() != null && dob == null) {
            props.put("dobYear", e.dobYear().longValue());
        }
        put(props, "gender", name(problems.oneOf(path + ".gender", e.gender(), Gender.class)));
        put(props, "riskLevel", name(problems.oneOf(path + ".riskLevel", e.riskLevel(), RiskLevel.class)));
        put(props, "hazards", enums(path + ".hazards", e.hazards(), Hazard.class));
        List<String> roleNames = enums(path + ".roles", e.roles(), PersonRole.class);
        if (roleNames != null) {
            roleNames.forEach(r -> roles.add(PersonRole.valueOf(r)));
        }
        if (e.identifiers() != null) {
            e.identifiers().forEach((scheme, value) -> identifier(path + ".identifiers." + scheme, scheme, value, identifiers));
        }
    }

    private void identifier(String path, String scheme, String value, Map<String, String> identifiers) {
        if (problems.matching(path, scheme, SCHEME_PATTERN, "an identifier scheme in capitals, such as LCS, PNC or NHS") == null) {
            return;
        }
        String text = problems.requiredText(path, value, 64);
        if (text != null && !text.isEmpty()) {
            identifiers.put(scheme, text);
        }
    }

    private Position location(String path, EntityRequest e, Map<String, Object> props) {
        put(props, "name", problems.text(path + ".name", e.name(), Problems.MAX_NAME));
        put(props, "locationType", name(problems.oneOf(path + ".locationType", e.locationType(), LocationType.class)));
        put(props, "address", problems.text(path + ".address", e.address(), 500));
        if (e.vulnerable() != null) {
            props.put("vulnerable", e.vulnerable());
        }
        Position position = PositionRules.read(problems, path, e.lat(), e.lon(), e.easting(), e.northing(), e.postcode());
        region.check(problems, path, position);
        String postcode = Postcodes.normalise(e.postcode());
        put(props, "postcode", postcode);
        if (e.name() == null && e.address() == null && position == null && postcode == null) {
            problems.add(path + ".name", "a location needs a name, an address, a postcode or coordinates");
        }
        return position;
    }

    private void vehicle(String path, EntityRequest e, Map<String, Object> props) {
        if (problems.required(path + ".vrm", e.vrm())) {
            Identifiers.vrm(e.vrm()).ifPresentOrElse(v -> props.put("vrm", v),
                    () -> problems.add(path + ".vrm", "must be a registration mark of 1 to 8 letters and digits"));
        }
        put(props, "make", problems.text(path + ".make", e.make(), 60));
        put(props, "model", problems.text(path + ".model", e.model(), 60));
        put(props, "colour", problems.text(path + ".colour", e.colour(), 40));
    }

    private void phone(String path, EntityRequest e, Map<String, Object> props) {
        if (problems.required(path + ".number", e.number())) {
            Identifiers.phone(e.number()).ifPresentOrElse(n -> props.put("number", n),
                    () -> problems.add(path + ".number", "must be a phone number of 7 to 15 digits"));
        }
    }

    private void onlineAccount(String path, EntityRequest e, Map<String, Object> props) {
        String platform = problems.requiredText(path + ".platform", e.platform(), 60);
        String handle = problems.requiredText(path + ".handle", e.handle(), 100);
        if (platform != null && handle != null && !platform.isEmpty() && !handle.isEmpty()) {
            props.put("platform", platform);
            props.put("handle", handle);
            props.put("account", Identifiers.onlineAccount(platform, handle));
        }
    }

    private List<String> texts(String path, List<String> values) {
        if (values == null) {
            return null;
        }
        if (values.size() > MAX_ALIASES) {
            problems.add(path, "must have at most " + MAX_ALIASES + " entries");
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String text = problems.requiredText(path + "[" + i + "]", values.get(i), Problems.MAX_NAME);
            if (text != null) {
                result.add(text);
            }
        }
        return result;
    }

    private <E extends Enum<E>> List<String> enums(String path, List<String> values, Class<E> type) {
        if (values == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            E constant = problems.oneOf(path + "[" + i + "]", values.get(i), type);
            if (constant != null && !result.contains(constant.name())) {
                result.add(constant.name());
            }
        }
        return result;
    }

    private static String name(Enum<?> constant) {
        return constant == null ? null : constant.name();
    }

    private static void put(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }
}
