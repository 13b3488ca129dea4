package org.linkmap.service.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;
import org.linkmap.service.access.NodeSummary;

/**
 * The filters every network endpoint shares. A link is kept when it is of one of {@code types}, overlaps the
 * reporting period (first reported by {@code to}, last reported from {@code from}), had been reported by
 * {@code asAt}, has at least one source graded at least {@code minSource} and {@code minIntelligence}, and is
 * asserted by at least {@code minAgencies} distinct agencies. Nodes of kinds outside {@code kinds} are neither
 * shown nor traversed, except the entities a path request is about ({@code ends}), which always count: a path
 * from a person to a person with {@code kinds=PHONE} passes through phones only. Dates are whole days in UTC,
 * both ends included.
 */
record NetworkFilter(Set<EntityKind> kinds, Set<LinkType> types, LocalDate from, LocalDate to, LocalDate asAt,
                     Integer minSource, String minIntelligence, Integer minAgencies, boolean inferred,
                     double coLocationMetres, double coLocationHours, Set<String> ends) {

    NetworkFilter(Set<EntityKind> kinds, Set<LinkType> types, LocalDate from, LocalDate to, LocalDate asAt,
                  Integer minSource, String minIntelligence, Integer minAgencies, boolean inferred,
                  double coLocationMetres, double coLocationHours) {
        this(kinds, types, from, to, asAt, minSource, minIntelligence, minAgencies, inferred, coLocationMetres, coLocationHours, Set.of());
    }

    static final double DEFAULT_METRES = 100;
    static final double DEFAULT_HOURS = 24;

    static NetworkFilter none() {
        return new NetworkFilter(EnumSet.allOf(EntityKind.class), EnumSet.allOf(LinkType.class), null, null, null,
                null, null, null, false, DEFAULT_METRES, DEFAULT_HOURS);
    }

    List<String> typeNames() {
        return types.stream().map(Enum::name).toList();
    }

    /** The labels of the kinds asked for, or null when every kind is. */
    List<String> kindLabels() {
        return kinds.containsAll(EnumSet.allOf(EntityKind.class)) ? null : kinds.stream().map(EntityKind::label).sorted().toList();
    }

    /** The same filters, with these entities (the ends of a path request) admitted whatever their kind. */
    NetworkFilter withEnds(Collection<String> ids) {
        return new NetworkFilter(kinds, types, from, to, asAt, minSource, minIntelligence, minAgencies, inferred,
                coLocationMetres, coLocationHours, Set.copyOf(ids));
    }

    /** Whether the node may be shown and traversed: of a kind asked for, or one of the ends asked about. */
    boolean admits(NodeSummary node) {
        return ends.contains(node.id()) || node.kind() != null && kinds.contains(node.kind());
    }

    boolean keeps(Link link) {
        if (!link.inferred() && !types.contains(LinkType.valueOf(link.type()))) {
            return false;
        }
        return inPeriod(link) && graded(link) && (minAgencies == null || link.agencies() >= minAgencies);
    }

    /**
     * Whether a link out of the reader's view may stand in the network as a {@code RESTRICTED} placeholder. Its type,
     * dates, grading and agencies are not the reader's to know, so it cannot be shown to pass a filter on any of
     * them, and testing the hidden values would tell the reader what they are (ask for {@code types=EXPLOITS} and
     * see whether the placeholder stays): under any such filter it is left out, whatever it says. Its far end's
     * kind is shown on the placeholder, so {@code kinds} applies to it as to any node.
     */
    boolean keepsUnseen() {
        return types.containsAll(EnumSet.allOf(LinkType.class)) && !asksOfLinkFacts();
    }

    /**
     * Whether deciding to keep a link takes more than its type: its period, grading or corroboration, or the
     * incidents an inferred co-location rests on. When it does not, a search can find its way without reading links.
     */
    boolean readsLinkFacts() {
        return inferred || asksOfLinkFacts();
    }

    private boolean asksOfLinkFacts() {
        return from != null || to != null || asAt != null || minSource != null || minIntelligence != null || minAgencies != null;
    }

    private boolean inPeriod(Link link) {
        if (from == null && to == null && asAt == null) {
            return true;
        }
        if (link.firstReported() == null || link.lastReported() == null) {
            return false;
        }
        LocalDate first = link.firstReported().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        LocalDate last = link.lastReported().withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return (to == null || !first.isAfter(to)) && (from == null || !last.isBefore(from))
                && (asAt == null || !first.isAfter(asAt));
    }

    /** At least one source graded that well on both scales; the link's own best grading where sources are unknown. */
    private boolean graded(Link link) {
        if (minSource == null && minIntelligence == null) {
            return true;
        }
        if (link.provenance() == null || link.provenance().isEmpty()) {
            return link.grading() != null && meets(link.grading().source(), link.grading().intelligence());
        }
        return link.provenance().stream().anyMatch(p -> meets(p.source(), p.intelligence()));
    }

    private boolean meets(int source, String intelligence) {
        return (minSource == null || source <= minSource)
                && (minIntelligence == null || intelligence != null && intelligence.compareTo(minIntelligence) <= 0);
    }
}
