package org.linkmap.service.access;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.linkmap.service.area.Areas;
import org.linkmap.service.security.CurrentUser;
import org.linkmap.service.security.LinkmapUser;
import org.linkmap.service.security.Role;
import org.linkmap.service.web.Forbidden;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Need to know, for the current reader, in one place: every node, link, property and text that leaves the
 * service is decided here.
 *
 * <ul>
 *   <li><b>Scope per fact.</b> A fact (a link, a node's presence, a property value) is in the reader's view when
 *   one of the submissions asserting it is: every submission for an analyst; for a MACE member, those whose
 *   case lies in one of its areas; for an agency user, its own agency's; none for an administrator. A place or
 *   incident with a point is in a MACE member's view through a submission only when it lies in the member's
 *   areas or the submission was made to the member's own forum, so a county-wide log does not open other
 *   areas' incidents. A node with no fact in view is a placeholder naming who holds it.</li>
 *   <li><b>Values from the reader's sources.</b> When only some of a node's sources are in view, its name,
 *   aliases and other descriptive values are those the reader's own sources recorded, and the node says which
 *   other areas know it ({@code knownTo}), never what they recorded.</li>
 *   <li><b>Children.</b> Only the roles in {@code linkmap.security.child-identity-roles} (default ANALYST) see a
 *   child's name, aliases, date of birth and identifiers; everyone else sees a stable pseudonym, and every text
 *   (summaries, narratives, conditions, names, addresses, aliases, labels) has children's identities taken out.
 *   Who is a child is read from the graph, so a person marked a child later is a child in earlier records too.</li>
 * </ul>
 */
@Component
public class Disclosure {

    /** Properties that identify a child. */
    private static final Set<String> CHILD_IDENTITY = Set.of("name", "aliases", "dob", "dobYear", "identifierKeys", "identifiers");

    private final Set<Role> childIdentityRoles;
    private final Sources sources;
    private final ChildIdentities children;
    private final Pseudonyms pseudonyms;
    private final PartialView partial;
    private final SubmissionFacts facts;
    private final Holders holders;
    private final Areas areas;

    Disclosure(@Value("${linkmap.security.child-identity-roles:ANALYST}") Set<Role> childIdentityRoles, Sources sources,
               ChildIdentities children, Pseudonyms pseudonyms, PartialView partial, SubmissionFacts facts, Holders holders,
               Areas areas) {
        this.childIdentityRoles = Set.copyOf(childIdentityRoles);
        this.sources = sources;
        this.children = children;
        this.pseudonyms = pseudonyms;
        this.partial = partial;
        this.facts = facts;
        this.holders = holders;
        this.areas = areas;
    }

    /** Whether the current reader may see what identifies a child. */
    public boolean seesChildIdentity() {
        return childIdentityRoles.contains(CurrentUser.get().role());
    }

    /** Whether the current reader's view is the whole graph. */
    public boolean seesEverything() {
        return CurrentUser.get().role() == Role.ANALYST;
    }

    /** Whether a submission, and so every fact it asserts, is in the current reader's view. */
    public boolean sees(Source source) {
        LinkmapUser user = CurrentUser.get();
        return switch (user.role()) {
            case ANALYST -> true;
            case MACE_MEMBER -> user.areas().isEmpty() || source.areas().stream().anyMatch(user.areas()::contains);
            case AGENCY_USER -> source.agency() != null && source.agency().equals(user.agency());
            default -> false;
        };
    }

    /** Whether a link, or any fact carrying the ids of the submissions that asserted it, is in the reader's view. */
    public boolean seesLink(Collection<String> sourceSubmissionIds) {
        return seesEverything() || !inView(sourceSubmissionIds).isEmpty();
    }

    /** The ids among these submissions that are in the reader's view, in their order. */
    public List<String> visibleSources(Collection<String> sourceSubmissionIds) {
        if (seesEverything()) {
            return List.copyOf(sourceSubmissionIds);
        }
        Set<String> visible = new java.util.HashSet<>();
        inView(sourceSubmissionIds).forEach(s -> visible.add(s.id()));
        return sourceSubmissionIds.stream().filter(visible::contains).toList();
    }

    /** A link's grading as the reader may see it: the strongest among its sources in view (see {@link Source#strongest}). */
    public String gradingOf(Collection<String> sourceSubmissionIds) {
        return Source.strongest(inView(sourceSubmissionIds));
    }

    /** The conditions of the C-graded sources in view, each with its agency: "BLACKPOOL_CSC: ...". */
    public List<String> conditionsOf(Collection<String> sourceSubmissionIds) {
        return Source.conditions(inView(sourceSubmissionIds));
    }

    /** The distinct agencies among these submissions that are in the reader's view: corroboration as the reader sees it. */
    public Set<String> agenciesOf(Collection<String> sourceSubmissionIds) {
        return Source.agencies(inView(sourceSubmissionIds));
    }

    private List<Source> inView(Collection<String> sourceSubmissionIds) {
        return sources.find(sourceSubmissionIds).stream().filter(this::sees).toList();
    }

    /** Whether some fact naming the node is in the reader's view: whether it may be opened and expanded. */
    public boolean inScope(NodeSummary node) {
        return seesEverything() || !visibleSourcesOf(node).isEmpty();
    }

    /** Whether every fact naming the node is in the reader's view, so anything computed from it reveals nothing more. */
    public boolean whollyInView(NodeSummary node) {
        return seesEverything() || visibleSourcesOf(node).size() == node.sources().size() && !node.sources().isEmpty();
    }

    /** Refuses a node with no fact in the reader's view, naming who holds it. */
    public void checkCanOpen(NodeSummary node) {
        if (!inScope(node)) {
            throw holders.refusal("This record", holders.of(node));
        }
    }

    /** The refusal of something outside the reader's view, naming who holds it (areas by name) and whom to ask. */
    public Forbidden heldElsewhere(String what, List<String> holderCodes) {
        return holders.refusal(what, holderCodes);
    }

    /** The node as the current reader may see it: a placeholder, a pseudonym, or its label from facts in view. */
    public NodeSummary show(NodeSummary node) {
        if (seesEverything() && seesChildIdentity()) {
            return node;
        }
        List<Source> visible = visibleSourcesOf(node);
        if (!seesEverything() && visible.isEmpty()) {
            return holders.placeholder(node);
        }
        if (isChild(node) && !seesChildIdentity()) {
            return node.asChild(pseudonym(node.id()));
        }
        if (!isPartial(node, visible)) {
            return node.withLabel(text(node.label()));
        }
        NodeSummary shown = node.withLabel(text(partial.label(node, visible)));
        return node.kind() == org.linkmap.model.EntityKind.PERSON ? shown.withPersonOfInterest(partial.saysPersonOfInterest(node, visible)) : shown;
    }

    /** The node's properties as the current reader may see them (call only for a node in scope). */
    public Map<String, Object> showProperties(NodeSummary node, Map<String, Object> properties) {
        List<Source> visible = visibleSourcesOf(node);
        Map<String, Object> shown = new LinkedHashMap<>(properties);
        if (!seesEverything() && isPartial(node, visible)) {
            shown = partial.properties(node, properties, visible);
            List<String> knownTo = holders.knownTo(node, CurrentUser.get().areas(), visible);
            if (!knownTo.isEmpty()) {
                shown.put("knownTo", knownTo);
            }
        } else if (!seesEverything()) {
            shown.put("sources", visible.stream().map(Source::id).toList());
        }
        if (isChild(node) && !seesChildIdentity()) {
            shown.keySet().removeAll(CHILD_IDENTITY);
            shown.put("pseudonym", pseudonym(node.id()));
        }
        if (!seesChildIdentity()) {
            shown.replaceAll((key, value) -> value instanceof String s ? text(s) : value);
        }
        return shown;
    }

    /**
     * The node's stored values as the reader's own sources recorded them, a child's identity included: for figures
     * computed over the reader's view (a problem profile's age bands), never to leave the service as they are.
     */
    public Map<String, Object> valuesInView(NodeSummary node, Map<String, Object> properties) {
        List<Source> visible = seesEverything() ? List.of() : visibleSourcesOf(node);
        return seesEverything() || !isPartial(node, visible) ? properties : partial.properties(node, properties, visible);
    }

    /** Whether the person with this id is a child, or merged with one. */
    public boolean isChild(NodeSummary node) {
        return node.isChild() || children.isChild(node.id());
    }

    /** Whether the person with this node id is a child, or merged with one, as the graph holds now. */
    public boolean isChildId(String nodeId) {
        return children.isChild(nodeId);
    }

    /** The text with children's identities taken out, unless the reader may see them. */
    public String text(String freeText) {
        if (freeText == null || seesChildIdentity()) {
            return freeText;
        }
        return children.redact(freeText);
    }

    /** The text with children's identities taken out, whoever reads it: for records such as the audit trail. */
    public String textForAnyone(String freeText) {
        return children.redact(freeText);
    }

    /** The stable pseudonym of the child with this node id. */
    public String pseudonym(String nodeId) {
        return pseudonyms.of(children.pseudonymOf(nodeId));
    }

    /**
     * The agency rule for the current reader, fixed now so that work it hands to another thread (a bulk import)
     * keeps it: an agency user submits for its own agency only; every other role for any agency.
     */
    public java.util.function.Predicate<String> agencyRule() {
        LinkmapUser user = CurrentUser.get();
        return agency -> user.role() != Role.AGENCY_USER || user.agency().equals(agency);
    }

    /** The agency an agency user's view is limited to; {@code null} for a reader with no agency limit. */
    public String agencyScope() {
        LinkmapUser user = CurrentUser.get();
        return user.role() == Role.AGENCY_USER ? user.agency() : null;
    }

    /**
     * The agency a list asked for, as the reader may have it: an agency user's own whatever it left out, and a
     * refusal when it asks for another's.
     */
    public String checkAgency(String asked) {
        String own = agencyScope();
        if (own != null && asked != null && !asked.equals(own)) {
            throw new Forbidden("You may see your own agency's records only.");
        }
        return own != null ? own : asked;
    }

    /** The areas a MACE member is limited to; empty when the reader has no area limit. */
    public Set<String> areaScope() {
        LinkmapUser user = CurrentUser.get();
        return user.role() == Role.MACE_MEMBER ? user.areas() : Set.of();
    }

    /** Refuses an area outside the reader's areas. */
    public void checkArea(String area) {
        if (area != null && !seesAreas(List.of(area))) {
            throw new Forbidden("The area " + area + " is outside your areas " + new TreeSet<>(areaScope()) + ".");
        }
    }

    /** Whether a record held in these areas (a tasking, a disruption) is the reader's: one of its areas is. */
    public boolean seesAreas(Collection<String> held) {
        Set<String> scope = areaScope();
        return scope.isEmpty() || held.stream().anyMatch(scope::contains);
    }

    /** Whether a WGS84 point lies in the reader's areas (always, for a reader without an area limit). */
    public boolean inAreaScope(double longitude, double latitude) {
        Set<String> scope = areaScope();
        return scope.isEmpty() || scope.stream().anyMatch(a -> areas.contains(a, longitude, latitude));
    }

    /**
     * The node's sources in the reader's view. A submission that only names the node by its id says nothing of it
     * and does not count: an id copied from a placeholder must not open another area's record.
     */
    private List<Source> visibleSourcesOf(NodeSummary node) {
        List<Source> visible = inView(node.sources());
        if (!seesEverything() && !visible.isEmpty()) {
            Set<String> onlyNaming = facts.namingOnly(node.id(), visible.stream().map(Source::id).toList());
            if (!onlyNaming.isEmpty()) {
                visible = visible.stream().filter(s -> !onlyNaming.contains(s.id())).toList();
            }
        }
        Set<String> scope = areaScope();
        if (scope.isEmpty() || !node.hasPoint() || visible.isEmpty()) {
            return visible;
        }
        boolean placedInScope = inAreaScope(node.longitude(), node.latitude());
        return visible.stream().filter(s -> placedInScope || s.forumArea() != null && scope.contains(s.forumArea())).toList();
    }

    private boolean isPartial(NodeSummary node, List<Source> visible) {
        return visible.size() < node.sources().size();
    }
}
