package org.linkmap.model;

import java.util.Arrays;
import java.util.List;

/** The closed lists of words the submission format accepts, one enum each. */
public final class Vocabulary {

    private Vocabulary() {
    }

    public enum PersonRole { CHILD, POI }

    public enum Hazard { CSE, CCE, MSHT }

    public enum RiskLevel { LOW, MEDIUM, HIGH }

    public enum Gender { F, M, X, U }

    public enum LocationType {
        RESIDENTIAL, HOTEL, GUEST_HOUSE, TAKEAWAY, TAXI_RANK, LICENSED_PREMISES, SHOP, SHOPPING_CENTRE,
        PARK, SCHOOL, PRU, COLLEGE, CARE_HOME, HOSTEL, YOUTH_CLUB, TRANSPORT_HUB, CAR_PARK, OTHER
    }

    public enum NetworkType { ORGANISED_GROUP, GANG, PEER_GROUP, COUNTY_LINE, ONLINE_GROUP }

    public enum OrgType { HOTEL, TAXI_FIRM, TAKEAWAY, LICENSED_PREMISES, CARE_PROVIDER, OTHER }

    public enum IncidentType { CONCERN, SIGHTING, MISSING_EPISODE, FOUND, DISCLOSURE, ASSAULT, ARREST, INTELLIGENCE }

    public enum InvolvementRole { VICTIM, SUSPECT, WITNESS, MISSING_PERSON, REPORTER }

    public enum AssociationKind { FRIEND, FAMILY, PARTNER, CO_OFFENDER, UNKNOWN }

    public enum MembershipRole { LEADER, MEMBER, ASSOCIATE }

    public enum ForumKind { MACE, OPERATIONAL_GROUP, DIRECT }

    /** The names of an enum's constants, for error messages that list what is allowed. */
    public static List<String> namesOf(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    /** The constant of {@code type} named {@code name}, or {@code null} when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }
}
