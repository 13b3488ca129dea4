package org.linkmap.model;

import java.util.EnumSet;
import java.util.Set;

import static org.linkmap.model.EntityKind.LOCATION;
import static org.linkmap.model.EntityKind.NETWORK;
import static org.linkmap.model.EntityKind.ONLINE_ACCOUNT;
import static org.linkmap.model.EntityKind.ORGANISATION;
import static org.linkmap.model.EntityKind.PERSON;
import static org.linkmap.model.EntityKind.PHONE;
import static org.linkmap.model.EntityKind.VEHICLE;
import static org.linkmap.model.EntityKind.INCIDENT;

/**
 * The kinds of link between entities, with the kinds each may join. The name is the Neo4j
 * relationship type, so a type that reaches Cypher has always come from this enum.
 */
public enum LinkType {
    ASSOCIATES_WITH(EnumSet.of(PERSON), EnumSet.of(PERSON)),
    EXPLOITS(EnumSet.of(PERSON), EnumSet.of(PERSON)),
    MEMBER_OF(EnumSet.of(PERSON), EnumSet.of(NETWORK)),
    LIVES_AT(EnumSet.of(PERSON), EnumSet.of(LOCATION)),
    FREQUENTS(EnumSet.of(PERSON), EnumSet.of(LOCATION)),
    USES(EnumSet.of(PERSON), EnumSet.of(VEHICLE, PHONE, ONLINE_ACCOUNT)),
    CONTACTED(EnumSet.of(PHONE, ONLINE_ACCOUNT), EnumSet.of(PHONE, ONLINE_ACCOUNT)),
    OPERATES(EnumSet.of(ORGANISATION), EnumSet.of(LOCATION)),
    WORKS_FOR(EnumSet.of(PERSON), EnumSet.of(ORGANISATION)),
    INVOLVED_IN(EnumSet.of(PERSON, VEHICLE, PHONE), EnumSet.of(INCIDENT)),
    OCCURRED_AT(EnumSet.of(INCIDENT), EnumSet.of(LOCATION));

    private final Set<EntityKind> from;
    private final Set<EntityKind> to;

    LinkType(Set<EntityKind> from, Set<EntityKind> to) {
        this.from = from;
        this.to = to;
    }

    /** Whether a link of this type may run from a node of kind {@code source} to one of kind {@code target}. */
    public boolean joins(EntityKind source, EntityKind target) {
        if (this == CONTACTED) {
            return source == target && from.contains(source);
        }
        return from.contains(source) && to.contains(target);
    }

    /** Whether a submission states this link in its {@code links} list; the others come from incidents. */
    public boolean isSubmittable() {
        return this != INVOLVED_IN && this != OCCURRED_AT;
    }

    public Set<EntityKind> from() {
        return from;
    }

    public Set<EntityKind> to() {
        return to;
    }
}
