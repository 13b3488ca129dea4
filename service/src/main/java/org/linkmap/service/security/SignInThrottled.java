package org.linkmap.service.security;

/**
 * A failed sign-in that started or lengthened a wait ({@link LoginThrottle}), published while the request is
 * still being handled so that the audit trail can record it with the request's address.
 *
 * @param attemptedName the user name tried, which may not be an account
 * @param reason        how many failures, how long the wait, which table holds it back
 */
public record SignInThrottled(String attemptedName, String reason) {
}
