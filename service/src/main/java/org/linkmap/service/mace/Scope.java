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
        return disclosure.seesAreas(areas);
    }

    /**
     * The areas a new tasking or disruption record is held in: its meeting's (or tasking's) and those of its target
     * that are the raiser's own. A member of Lancashire East tasking against a place Blackpool also knows holds
     * the tasking in Lancashire East only: its action is East's plan, not Blackpool's business. When none of these
     * is an area, the record is held in the raising member's areas, so the member and their colleagues keep it.
     */
    List<String> held(Collection<String> raisedIn, Collection<String> targetAreas) {
        var scope = disclosure.areaScope();
        TreeSet<String> held = new TreeSet<>(raisedIn);
        targetAreas.stream().filter(a -> scope.isEmpty() || scope.contains(a)).forEach(held::add);
        if (held.isEmpty()) {
            held.addAll(scope);
        }
        return List.copyOf(held);
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
