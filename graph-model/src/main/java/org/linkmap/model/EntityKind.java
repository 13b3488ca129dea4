package org.linkmap.model;

/**
 * The kinds of node a submission may describe, each with its Neo4j label.
 * Every one of them also carries the {@code Entity} label, which holds the unique {@code id}.
 */
public enum EntityKind {
    PERSON("Person"),
    LOCATION("Location"),
    NETWORK("Network"),
    ORGANISATION("Organisation"),
    VEHICLE("Vehicle"),
    PHONE("Phone"),
    ONLINE_ACCOUNT("OnlineAccount"),
    INCIDENT("Incident");

    private final String label;

    EntityKind(String label) {
        this.label = label;
    }

    /** The Neo4j label of nodes of this kind. */
    public String label() {
        return label;
    }

    /** The kind whose label is {@code label}, or {@code null} when no kind has it. */
    public static EntityKind ofLabel(String label) {
        for (EntityKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        return null;
    }

    /** Whether a submission may describe this kind in its {@code entities} list (incidents have their own list). */
    public boolean isSubmittable() {
        return this != INCIDENT;
    }
}
