package org.linkmap.service.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linkmap.service.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds back a sign-in attempt the {@link LoginThrottle} says must wait, before any password is compared:
 * HTTP Basic gets 429 with {@code Retry-After}, the sign-in form goes back to {@code /login?throttled=SECONDS}.
 * The answer is the same for every name, known or not, right password or wrong, and costs no hashing, so a
 * flood of guesses cannot use up the processor that real users' sign-ins need.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    private static final String BASIC = "basic ";

    private final LoginThrottle throttle;
    private final Problems problems;

    LoginThrottleFilter(LoginThrottle throttle, Problems problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath());
        String name = form ? request.getParameter("username") : basicName(request.getHeader(HttpHeaders.AUTHORIZATION));
        Duration wait = name == null ? Duration.ZERO : throttle.waitFor(request.getRemoteAddr(), name);
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        if (form) {
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
            return;
        }
        problems.write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this name from this address;"
                + " the next attempt is checked in " + seconds + " s (Retry-After).");
    }

    /** The user name of an HTTP Basic header, or null when there is none or it cannot be read. */
    static String basicName(String header) {
        if (header == null || header.length() <= BASIC.length() || !header.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
