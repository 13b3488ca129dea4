package org.linkmap.service.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * An authenticated Linkmap user: a role, and the agency or the areas that scope it.
 */
public class LinkmapUser extends User {

    private final Role role;
    private final String agency;
    private final Set<String> areas;

    public LinkmapUser(String username, String passwordHash, Role role, String agency, Set<String> areas) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority(role.authority())));
        this.role = role;
        this.agency = agency;
        this.areas = Set.copyOf(areas);
    }

    public Role role() {
        return role;
    }

    /** The agency an {@link Role#AGENCY_USER} belongs to; {@code null} for other roles. */
    public String agency() {
        return agency;
    }

    /** The areas a {@link Role#MACE_MEMBER} covers; empty means every area. */
    public Set<String> areas() {
        return areas;
    }

    @Override
    public void eraseCredentials() {
        // Accounts are held in memory for the life of the service; keep the hash so the next login can be checked.
    }
}
