package org.linkmap.service.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The remembered check skips BCrypt for a repeat, and for nothing else. */
class CachedPasswordCheckTest {

    private final CountingEncoder encoder = new CountingEncoder();
    private final String hash = encoder.encode("right");
    private final Set<String> locked = new HashSet<>();
    private final UserDetailsService accounts = name -> {
        if (locked.contains(name)) {
            throw new LockedException("locked");
        }
        return new LinkmapUser(name, hash, Role.ANALYST, null, Set.of());
    };
    private final CachedPasswordCheck check = new CachedPasswordCheck(accounts, encoder,
            new VerifiedCredentials(Duration.ofSeconds(60), Clock.systemUTC()));

    @Test
    void aRepeatedRightPasswordIsCheckedWithBcryptOnce() {
        for (int i = 0; i < 5; i++) {
            assertThat(check.authenticate(token("analyst", "right")).isAuthenticated()).isTrue();
        }
        assertThat(encoder.matches.get()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordAfterARightOneIsStillRefused() {
        check.authenticate(token("analyst", "right"));

        assertThatThrownBy(() -> check.authenticate(token("analyst", "wrong"))).isInstanceOf(BadCredentialsException.class);
        assertThat(encoder.matches.get()).isEqualTo(2);
    }

    @Test
    void aFailureMakesTheNextRightPasswordPayBcryptAgain() {
        check.authenticate(token("analyst", "right"));
        assertThatThrownBy(() -> check.authenticate(token("analyst", "wrong"))).isInstanceOf(BadCredentialsException.class);

        check.authenticate(token("analyst", "right"));

        assertThat(encoder.matches.get()).isEqualTo(3);
    }

    @Test
    void aLockedNameIsRefusedEvenWithARememberedPassword() {
        check.authenticate(token("analyst", "right"));
        locked.add("analyst");

        assertThatThrownBy(() -> check.authenticate(token("analyst", "right"))).isInstanceOf(AuthenticationException.class);

        locked.remove("analyst");
        check.authenticate(token("analyst", "right"));
        assertThat(encoder.matches.get()).as("the lock-out dropped the remembered password").isEqualTo(2);
    }

    private static UsernamePasswordAuthenticationToken token(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    private static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        final AtomicInteger matches = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            matches.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    }
}
