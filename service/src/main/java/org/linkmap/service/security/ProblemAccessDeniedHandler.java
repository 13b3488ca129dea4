package org.linkmap.service.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.linkmap.service.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** 403 for the API, as problem details that say whether the role or a missing CSRF token is the reason. */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;

    ProblemAccessDeniedHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        if (e instanceof CsrfException) {
            problems.write(response, HttpStatus.FORBIDDEN, "CSRF token missing or invalid",
                    "This request is signed in by its session cookie, so it must send the XSRF-TOKEN cookie's value back"
                            + " in the X-XSRF-TOKEN header (or the _csrf field).");
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }
}
