package org.linkmap.service.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Tells the {@link LoginThrottle} how each password sign-in went (unknown names fail like wrong passwords),
 * and announces every failure that makes an address or a name wait ({@link SignInThrottled}), which the audit
 * trail records.
 */
@Component
class LoginOutcomes {

    private static final Logger log = LoggerFactory.getLogger(LoginOutcomes.class);

    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;

    LoginOutcomes(LoginThrottle throttle, ApplicationEventPublisher events) {
        this.throttle = throttle;
        this.events = events;
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
            events.publishEvent(new SignInThrottled(attempt.getName(), reason));
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
