package org.linkmap.service.security;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the pages are talking for: name, role and scope, so they can show only what the role allows. */
@RestController
class MeController {

    record Me(String username, Role role, String agency, Set<String> areas) {
    }

    @GetMapping("/api/me")
    Me me() {
        LinkmapUser user = CurrentUser.get();
        return new Me(user.getUsername(), user.role(), user.agency(), user.areas());
    }
}
