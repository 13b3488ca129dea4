package org.linkmap.service.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Whether the request's session holds a signed-in user, and so can authenticate the request by its cookie
 * alone. Such a request needs a CSRF token even when it also sends an Authorization header: HTTP Basic does
 * not check a password again for the name the session already holds, so the header proves nothing.
 */
final class SignedInSession {

    private SignedInSession() {
    }

    static boolean authenticates(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context instanceof SecurityContext security && security.getAuthentication() != null
                && security.getAuthentication().isAuthenticated()
                && !(security.getAuthentication() instanceof AnonymousAuthenticationToken);
    }
}
