package org.linkmap.service.security;

import org.linkmap.service.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link LoginThrottle} how each password sign-in went (unknown names fail like wrong passwords),
 * and records in the audit trail every failure that makes an address or a name wait.
 */
@Component
class LoginOutcomes {

    private static final Logger log = LoggerFactory.getLogger(LoginOutcomes.class);

    private final LoginThrottle throttle;
    private final AuditTrail audit;

    LoginOutcomes(LoginThrottle throttle, AuditTrail audit) {
        this.throttle = throttle;
        this.audit = audit;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        if (!(attempt instanceof UsernamePasswordAuthenticationToken)) {
            return;
        }
        String address = address(attempt);
        LoginThrottle.Outcome outcome = throttle.failed(address, attempt.getName());
        if (outcome.throttles()) {
            String reason = "failures=" + outcome.failures() + "; wait=" + outcome.pairWait().toSeconds() + "s"
                    + (outcome.addressHeld() ? "; address held" : "") + (outcome.nameHeld() ? "; name held" : "");
            log.warn("Sign-in throttled for '{}' from {}: {}", attempt.getName(), address, reason);
            try {
                audit.recordSignIn(attempt.getName(), "SIGN_IN_THROTTLED", reason);
            } catch (RuntimeException e) {
                // The attempt is refused either way; a sign-in must not turn into a 500 because the trail is unreachable.
                log.error("Could not record the throttled sign-in of '{}' in the audit trail", attempt.getName(), e);
            }
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken success) {
            throttle.succeeded(address(success), success.getName());
        }
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
