package org.linkmap.service.audit;

import org.linkmap.service.security.SignInThrottled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records throttled sign-ins in the audit trail as {@code SIGN_IN_THROTTLED}, under the name that was tried. */
@Component
class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void throttled(SignInThrottled event) {
        try {
            audit.recordSignIn(event.attemptedName(), "SIGN_IN_THROTTLED", event.reason());
        } catch (RuntimeException e) {
            // The attempt is refused either way; a sign-in must not turn into a 500 because the trail is unreachable.
            log.error("Could not record the throttled sign-in of '{}' in the audit trail", event.attemptedName(), e);
        }
    }
}
