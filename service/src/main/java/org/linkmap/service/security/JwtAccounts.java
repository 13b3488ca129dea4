package org.linkmap.service.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * For forces with their own identity provider: the API accepts its bearer tokens (JWTs) and reads the user's
 * role, agency and areas from claims. Turned on with {@code linkmap.security.jwt.enabled=true} and Spring
 * Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or {@code jwk-set-uri}, or
 * {@code public-key-location}). A token without a known role is refused.
 *
 * @param usernameClaim the claim naming the user (default {@code preferred_username}, then {@code sub})
 * @param roleClaim     a string or list claim holding ANALYST, MACE_MEMBER, AGENCY_USER or ADMIN
 * @param agencyClaim   the agency code of an AGENCY_USER
 * @param areasClaim    the area codes of a MACE_MEMBER (list or space-separated string)
 */
@ConfigurationProperties("linkmap.security.jwt")
record JwtAccounts(@DefaultValue("false") boolean enabled,
                   @DefaultValue("preferred_username") String usernameClaim,
                   @DefaultValue("linkmap_role") String roleClaim,
                   @DefaultValue("linkmap_agency") String agencyClaim,
                   @DefaultValue("linkmap_areas") String areasClaim) {

    Converter<Jwt, AbstractAuthenticationToken> converter() {
        return jwt -> {
            String username = jwt.hasClaim(usernameClaim) ? jwt.getClaimAsString(usernameClaim) : jwt.getSubject();
            Role role = role(jwt);
            LinkmapUser user = new LinkmapUser(username, "", role, jwt.getClaimAsString(agencyClaim), areas(jwt));
            return new UsernamePasswordAuthenticationToken(user, jwt, user.getAuthorities());
        };
    }

    private Role role(Jwt jwt) {
        Object claim = jwt.getClaim(roleClaim);
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        for (Object value : values) {
            for (Role role : Role.values()) {
                if (role.name().equals(String.valueOf(value))) {
                    return role;
                }
            }
        }
        throw new BadCredentialsException("the token carries no Linkmap role in the claim " + roleClaim);
    }

    private Set<String> areas(Jwt jwt) {
        Object claim = jwt.getClaim(areasClaim);
        if (claim instanceof Collection<?> list) {
            return Set.copyOf(list.stream().map(String::valueOf).toList());
        }
        return claim == null ? Set.of() : Set.of(String.valueOf(claim).trim().split("\\s+"));
    }
}
