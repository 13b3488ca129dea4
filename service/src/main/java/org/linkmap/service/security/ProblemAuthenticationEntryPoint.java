package org.linkmap.service.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linkmap.service.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * 401 for the API, as problem details. The Basic challenge header is left out for the pages' own calls
 * (marked {@code X-Requested-With}) so the browser does not pop up its own password box over the login form.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final Problems problems;

    ProblemAuthenticationEntryPoint(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Linkmap\"");
        }
        problems.write(response, HttpStatus.UNAUTHORIZED, "Sign in with HTTP Basic or through /login to use the API.");
    }
}
