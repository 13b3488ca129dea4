package org.linkmap.service.security;

/** The roles of the HTTP contract. */
public enum Role {
    /** Reads everything in the graph, runs network analysis, exports. */
    ANALYST,
    /** Reads cases, hotspots and networks of its areas; records meeting submissions; tasks action. */
    MACE_MEMBER,
    /** Submits for its own agency; reads its own agency's submissions and taskings. */
    AGENCY_USER,
    /** Manages users and reads the audit log. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
