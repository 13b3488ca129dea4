package org.linkmap.service.security;

import static org.linkmap.service.security.Role.ADMIN;
import static org.linkmap.service.security.Role.AGENCY_USER;
import static org.linkmap.service.security.Role.ANALYST;
import static org.linkmap.service.security.Role.MACE_MEMBER;

import java.time.Clock;
import java.time.Duration;

import org.linkmap.service.web.Problems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Two filter chains. The API ({@code /api/**}) takes HTTP Basic or the session of a signed-in page,
 * and answers 401 or 403 as problem details; every path has an explicit rule. The pages sign in through
 * the form at {@code /login}. A request that a signed-in session authenticates must carry a CSRF token,
 * whatever other headers it sends; a request without such a session cannot ride one and needs none.
 * Sign-in attempts pass the {@link LoginThrottle} before any password is compared.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** One CSRF token per browser, in a cookie the pages' scripts read and send back as X-XSRF-TOKEN or _csrf. */
    private static final CookieCsrfTokenRepository CSRF_TOKENS = CookieCsrfTokenRepository.withHttpOnlyFalse();

    @Bean
    static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Passwords are checked with BCrypt, and a match is remembered briefly so repeated requests skip it (docs/security.md). */
    @Bean
    AuthenticationProvider passwordCheck(Accounts accounts, PasswordEncoder encoder, Clock clock,
                                         @Value("${linkmap.security.credential-cache.ttl:60s}") Duration ttl) {
        return new CachedPasswordCheck(accounts, encoder, new VerifiedCredentials(ttl, clock));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
                            ProblemAccessDeniedHandler deniedHandler, JwtAccounts jwt, SecurityHeaders headers,
                            LoginThrottle throttle, Problems problems) throws Exception {
        if (jwt.enabled()) {
            http.oauth2ResourceServer(server -> server
                    .jwt(token -> token.jwtAuthenticationConverter(jwt.converter()))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(deniedHandler));
        }
        headers.apply(http);
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(rules -> rules
                        .requestMatchers(HttpMethod.POST, "/api/submissions", "/api/submissions/bulk")
                            .hasAnyRole(names(ANALYST, MACE_MEMBER, AGENCY_USER))
                        .requestMatchers(HttpMethod.GET, "/api/imports/*").hasAnyRole(names(ANALYST, MACE_MEMBER, AGENCY_USER))
                        .requestMatchers(HttpMethod.GET, "/api/submissions", "/api/submissions/*").hasAnyRole(names(ANALYST, MACE_MEMBER, AGENCY_USER))
                        .requestMatchers(HttpMethod.GET, "/api/network/*/export").hasRole(ANALYST.name())
                        .requestMatchers(HttpMethod.GET, "/api/network/paths", "/api/network/connecting", "/api/network/links-between",
                                "/api/network/analysis").hasAnyRole(names(ANALYST, MACE_MEMBER))
                        .requestMatchers(HttpMethod.POST, "/api/entities/*/merge", "/api/entities/*/not-same", "/api/merges/*/undo")
                            .hasRole(ANALYST.name())
                        .requestMatchers(HttpMethod.GET, "/api/entities/*", "/api/network/*", "/api/search")
                            .hasAnyRole(names(ANALYST, MACE_MEMBER))
                        .requestMatchers(HttpMethod.GET, "/api/incidents", "/api/incidents/summary", "/api/incidents/clusters", "/api/incidents/*", "/api/hotspots", "/api/hotspots/*")
                            .hasAnyRole(names(ANALYST, MACE_MEMBER))
                        // The meeting cycle: MACE members run it; agency users see and update their own agency's taskings.
                        .requestMatchers(HttpMethod.POST, "/api/meetings", "/api/taskings", "/api/campaigns", "/api/placements")
                            .hasRole(MACE_MEMBER.name())
                        .requestMatchers(HttpMethod.PATCH, "/api/placements/*").hasRole(MACE_MEMBER.name())
                        .requestMatchers(HttpMethod.POST, "/api/disruptions").hasAnyRole(names(MACE_MEMBER, AGENCY_USER))
                        .requestMatchers(HttpMethod.PATCH, "/api/taskings/*").hasAnyRole(names(MACE_MEMBER, AGENCY_USER))
                        .requestMatchers(HttpMethod.GET, "/api/taskings", "/api/taskings/*", "/api/disruptions", "/api/disruptions/*",
                                "/api/referrals", "/api/postcodes/*")
                            .hasAnyRole(names(ANALYST, MACE_MEMBER, AGENCY_USER))
                        .requestMatchers(HttpMethod.GET, "/api/meetings", "/api/meetings/*", "/api/meetings/*/agenda",
                                "/api/disruptions/*/effect", "/api/campaigns", "/api/campaigns/*", "/api/placements", "/api/placements/*",
                                "/api/reports/measures", "/api/reports/risk-document", "/api/reports/problem-profile")
                            .hasAnyRole(names(ANALYST, MACE_MEMBER))
                        .requestMatchers(HttpMethod.GET, "/api/locations", "/api/locations/*", "/api/reports/hotspot-pack",
                                "/api/map/grid-reference").hasAnyRole(names(ANALYST, MACE_MEMBER))
                        .requestMatchers(HttpMethod.PUT, "/api/locations/*/concern").hasAnyRole(names(ANALYST, MACE_MEMBER))
                        .requestMatchers(HttpMethod.DELETE, "/api/locations/*/concern").hasAnyRole(names(ANALYST, MACE_MEMBER))
                        .requestMatchers(HttpMethod.GET, "/api/audit", "/api/audit/verify").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/me", "/api/map/settings", "/api/areas", "/api/areas/districts", "/api/vocabulary", "/v3/api-docs", "/v3/api-docs/**").authenticated()
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.realmName("Linkmap").authenticationEntryPoint(entryPoint))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CSRF_TOKENS)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                        .ignoringRequestMatchers(request -> !SignedInSession.authenticates(request)))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), BasicAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SecurityHeaders headers, LoginThrottle throttle, Problems problems) throws Exception {
        headers.apply(http);
        http.authorizeHttpRequests(rules -> rules
                        .requestMatchers("/login", "/login.html", "/error", "/actuator/health", "/actuator/health/**", "/favicon.ico").permitAll()
                        // Static assets hold no data; the pages and the API behind them are what need a signed-in user.
                        .requestMatchers("/css/**", "/js/**", "/webjars/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(AbstractHttpConfigurer::disable)
                .csrf(csrf -> csrf.csrfTokenRepository(CSRF_TOKENS).csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterBefore(new LoginThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static String[] names(Role... roles) {
        String[] names = new String[roles.length];
        for (int i = 0; i < roles.length; i++) {
            names[i] = roles[i].name();
        }
        return names;
    }
}
