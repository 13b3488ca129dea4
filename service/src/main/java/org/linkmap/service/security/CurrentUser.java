package org.linkmap.service.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user of the request being served. */
public final class CurrentUser {

    private CurrentUser() {
    }

    /** The signed-in user; only called behind the security filter, where there always is one. */
    public static LinkmapUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof LinkmapUser user) {
            return user;
        }
        throw new IllegalStateException("no signed-in Linkmap user");
    }

    /** The name of the signed-in user, or {@code system} for work the service does on its own (the demo load). */
    public static String nameOrSystem() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
