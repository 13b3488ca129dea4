package org.linkmap.service.security;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * The response headers every page and API answer carries. The Content-Security-Policy allows scripts only
 * from the service itself (the pages have no inline script), images also from the configured tile server,
 * and no framing by other sites. Inline styles stay allowed: Leaflet and Swagger UI position elements with them.
 */
@Component
class SecurityHeaders {

    private final String policy;

    SecurityHeaders(@Value("${linkmap.map.tile-url:}") String tileUrl) {
        this.policy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:"
                + tileOrigin(tileUrl) + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'none'";
    }

    String policy() {
        return policy;
    }

    void apply(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny()));
    }

    /** The scheme, host and port of a tile URL template, for img-src; empty when there is none. */
    private static String tileOrigin(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return "";
        }
        URI uri = URI.create(tileUrl.replaceAll("\\{[a-z]+}", "0"));
        return " " + uri.getScheme() + "://" + uri.getAuthority();
    }
}
