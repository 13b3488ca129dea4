package org.linkmap.service.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The accounts that may sign in: those in configuration, plus the demo users of the HTTP contract when the
 * demo is on. A demo user's password is {@code linkmap.demo.password} when given, otherwise a random one
 * printed once at start-up and never stored in clear.
 */
@Component
class Accounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);
    static final Set<String> MACE_DEMO_AREAS = Set.of("LANCS_NORTH", "LANCS_CENTRAL", "BLACKPOOL");

    private final Map<String, LinkmapUser> byName = new LinkedHashMap<>();

    Accounts(AccountProperties properties, Environment environment, PasswordEncoder encoder) {
        for (AccountProperties.Account account : properties.users()) {
            byName.put(account.username(), new LinkmapUser(account.username(), account.passwordHash(), account.role(),
                    account.agency(), account.areas()));
        }
        if (environment.getProperty("linkmap.demo", Boolean.class, false)) {
            addDemoUsers(environment.getProperty("linkmap.demo.password", ""), encoder);
        }
        if (byName.isEmpty()) {
            log.warn("No accounts are configured: nobody can sign in. Set linkmap.security.users or run with --linkmap.demo=true.");
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LinkmapUser user = byName.get(username);
        if (user == null) {
            throw new UsernameNotFoundException("unknown user");
        }
        return new LinkmapUser(user.getUsername(), user.getPassword(), user.role(), user.agency(), user.areas());
    }

    private void addDemoUsers(String givenPassword, PasswordEncoder encoder) {
        record Demo(String name, Role role, String agency, Set<String> areas) {
        }
        List<Demo> demo = List.of(
                new Demo("analyst", Role.ANALYST, null, Set.of()),
                new Demo("mace", Role.MACE_MEMBER, null, MACE_DEMO_AREAS),
                new Demo("mace-east", Role.MACE_MEMBER, null, Set.of("LANCS_EAST")),
                new Demo("agency", Role.AGENCY_USER, "BLACKPOOL_CSC", Set.of()),
                new Demo("admin", Role.ADMIN, null, Set.of()));
        List<String> printed = new ArrayList<>();
        for (Demo d : demo) {
            String password = givenPassword.isEmpty() ? randomPassword() : givenPassword;
            byName.put(d.name(), new LinkmapUser(d.name(), encoder.encode(password), d.role(), d.agency(), d.areas()));
            printed.add(String.format("  %-10s %-12s %s", d.name(), d.role(), givenPassword.isEmpty() ? password : "(the password given)"));
        }
        log.info("Demo users (shown once):\n{}", String.join("\n", printed));
    }

    private static String randomPassword() {
        final String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
