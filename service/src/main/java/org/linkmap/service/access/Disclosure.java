package org.linkmap.service.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.security.LinkmapUser;
import org.linkmap.service.security.Role;
import org.linkmap.service.web.Forbidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the current user may see of a node, in one place, applied wherever nodes leave the service.
 *
 * <ul>
 *   <li><b>Area scope.</b> A MACE member with areas sees nodes of cases in those areas. A node of another
 *   area's case shows only that it exists, its kind and which area holds it; it cannot be opened and a
 *   network is not expanded through it. Nodes that belong to no area's case are visible to every member.</li>
 *   <li><b>Children.</b> Only the roles in {@code linkmap.security.child-identity-roles} (default ANALYST) see
 *   a child's name, aliases, date of birth and identifiers; everyone else sees a stable pseudonym such as
 *   {@code Child 7F3A}, derived from the node's id.</li>
 * </ul>
 */
@Component
public class Disclosure {

    /** Properties that identify a child. */
    private static final Set<String> CHILD_IDENTITY = Set.of("name", "aliases", "dob", "dobYear", "identifierKeys");

    private final Set<Role> childIdentityRoles;

    Disclosure(@Value("${linkmap.security.child-identity-roles:ANALYST}") Set<Role> childIdentityRoles) {
        this.childIdentityRoles = Set.copyOf(childIdentityRoles);
    }

    /** Whether the current user may see what identifies a child. */
    public boolean seesChildIdentity() {
        return childIdentityRoles.contains(CurrentUser.get().role());
    }

    /** Whether the current user's scope covers a case held by {@code areas}. */
    public boolean inScope(Collection<String> areas) {
        LinkmapUser user = CurrentUser.get();
        if (user.role() != Role.MACE_MEMBER || user.areas().isEmpty() || areas.isEmpty()) {
            return true;
        }
        return areas.stream().anyMatch(user.areas()::contains);
    }

    /** The node as the current user may see it. */
    public NodeSummary show(NodeSummary node) {
        if (!inScope(node.areas())) {
            return node.restrictedView();
        }
        if (node.isChild() && !seesChildIdentity()) {
            return node.withLabel(pseudonym(node.id()));
        }
        return node;
    }

    /** Refuses a node outside the user's scope: opening it would show another area's detail. */
    public void checkCanOpen(NodeSummary node) {
        if (!inScope(node.areas())) {
            throw new Forbidden("This record is held by " + String.join(", ", node.areas()) + ", outside your areas.");
        }
    }

    /** The node's properties as the current user may see them. */
    public Map<String, Object> showProperties(NodeSummary node, Map<String, Object> properties) {
        if (!node.isChild() || seesChildIdentity()) {
            return properties;
        }
        Map<String, Object> shown = new LinkedHashMap<>(properties);
        shown.keySet().removeAll(CHILD_IDENTITY);
        shown.put("pseudonym", pseudonym(node.id()));
        return shown;
    }

    /** A stable pseudonym for a child: the same id always gives the same reference. */
    public static String pseudonym(String id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return "Child " + HexFormat.of().formatHex(digest, 0, 2).toUpperCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
