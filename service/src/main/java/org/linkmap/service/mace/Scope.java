package org.linkmap.service.mace;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.security.LinkmapUser;
import org.linkmap.service.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see which meetings, taskings and disruption: a MACE member its areas', an agency user only what is
 * assigned to its agency, an analyst everything. A record of no area is in no area-limited member's view, as a
 * submission of no area is not: a member who raises one holds it in their own areas ({@link #held}). Area
 * decisions are the need-to-know policy's ({@link Disclosure#areaScope}); this adds the agency rule of the
 * meeting cycle.
 */
@Component
class Scope {

    private final Disclosure disclosure;

    Scope(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /** Refuses an area outside a MACE member's areas. */
    void checkArea(String area) {
        disclosure.checkArea(area);
    }

    /** Whether a record of these areas is the reader's: the reader has no area limit, or one area is theirs. */
    boolean sees(Collection<String> areas) {
        var scope = disclosure.areaScope();
        return scope.isEmpty() || areas.stream().anyMatch(scope::contains);
    }

    /**
     * The areas a new record is held in: those of its meeting and target or, when these lie in no area, the areas
     * of the MACE member who raises it, so that the member and their area's colleagues keep it in view.
     */
    List<String> held(List<String> areas) {
        var scope = disclosure.areaScope();
        return areas.isEmpty() && !scope.isEmpty() ? List.copyOf(new TreeSet<>(scope)) : areas;
    }

    /** A MACE member's areas for a query filter; {@code null} when the reader has no area limit. */
    List<String> areaFilter() {
        LinkmapUser user = CurrentUser.get();
        return user.role() == Role.MACE_MEMBER && !user.areas().isEmpty() ? List.copyOf(user.areas()) : null;
    }

    /** An agency user's agency, which limits every tasking it sees; {@code null} for other roles. */
    String agencyFilter() {
        LinkmapUser user = CurrentUser.get();
        return user.role() == Role.AGENCY_USER ? user.agency() : null;
    }

    boolean isAgencyUser() {
        return CurrentUser.get().role() == Role.AGENCY_USER;
    }

    String userName() {
        return CurrentUser.get().getUsername();
    }
}
