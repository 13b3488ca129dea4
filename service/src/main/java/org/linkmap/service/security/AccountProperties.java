package org.linkmap.service.security;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts from configuration, for the embedded default outside the demo:
 * {@code linkmap.security.users[0].username=...}, {@code .password-hash={bcrypt}...}, {@code .role=ANALYST},
 * {@code .agency=...}, {@code .areas=LANCS_NORTH,...}.
 */
@ConfigurationProperties("linkmap.security")
public record AccountProperties(@DefaultValue List<Account> users) {

    public record Account(String username, String passwordHash, Role role, String agency, @DefaultValue Set<String> areas) {
    }
}
