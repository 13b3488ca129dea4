package org.linkmap.service.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security's user name and password check with one step made cheap: when the same user name and
 * password matched the same stored hash a moment ago ({@link VerifiedCredentials}), the BCrypt comparison is
 * skipped. Everything before it still runs on every request: the account is looked up, and a locked or
 * throttled name is refused, before the remembered check is consulted. Any refusal forgets the name's
 * remembered passwords, so after a lock-out or a wrong password the next sign-in pays BCrypt again.
 */
final class CachedPasswordCheck extends DaoAuthenticationProvider {

    private final VerifiedCredentials verified;

    CachedPasswordCheck(UserDetailsService accounts, PasswordEncoder encoder, VerifiedCredentials verified) {
        super(encoder);
        setUserDetailsService(accounts);
        this.verified = verified;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return super.authenticate(authentication);
        } catch (AuthenticationException refused) {
            verified.forget(authentication.getName());
            throw refused;
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken presented) {
        String password = presented.getCredentials() == null ? null : presented.getCredentials().toString();
        if (verified.verifiedRecently(user.getUsername(), password, user.getPassword())) {
            return;
        }
        super.additionalAuthenticationChecks(user, presented);
        verified.remember(user.getUsername(), password, user.getPassword());
    }
}
