package org.linkmap.service.network;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.model.LinkType;

/**
 * The filters every network endpoint shares. A link is kept when it is of one of {@code types}, overlaps the
 * reporting period (first reported by {@code to}, last reported from {@code from}), had been reported by
 * {@code asAt}, has at least one source graded at least {@code minSource} and {@code minIntelligence}, and is
 * asserted by at least {@code minAgencies} distinct agencies. Nodes of kinds outside {@code kinds} are neither
 * shown nor traversed. Dates are whole days in UTC, both ends included.
 */
record NetworkFilter(Set<EntityKind> kinds, Set<LinkType> types, LocalDate from, LocalDate to, LocalDate asAt,
                     Integer minSource, String minIntelligence, Integer minAgencies, boolean inferred,
                     double coLocationMetres, double coLocationHours) {

    static final double DEFAULT_METRES = 100;
    static final double DEFAULT_HOURS = 24;

    static NetworkFilter none() {
        return new NetworkFilter(EnumSet.allOf(EntityKind.class), EnumSet.allOf(LinkType.class), null, null, null,
                null, null, null, false, DEFAULT_METRES, DEFAULT_HOURS);
    }

    List<String> typeNames() {
        return types.stream().map(Enum::name).toList();
    }

    boolean admits(EntityKind kind) {
        return kind != null && kinds.contains(kind);
    }

    boolean keeps(Link link) {
        if (!link.inferred() && !types.contains(LinkType.valueOf(link.type()))) {
            return false;
        }
        return inPeriod(link) && graded(link) && (minAgencies == null || link.agencies() >= minAgencies);
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
