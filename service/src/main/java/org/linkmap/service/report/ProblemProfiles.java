package org.linkmap.service.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.linkmap.geo.crs.GridReference;
import org.linkmap.geo.crs.GridTransform;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.area.Areas;
import org.linkmap.service.hotspot.HotspotFinder;
import org.linkmap.service.hotspot.HotspotTrend;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.InvalidRequest;
import org.linkmap.service.web.ServiceBusy;
import org.springframework.stereotype.Component;

/**
 * Builds an area's problem profile for a period from the graph, over the reader's view: the ground (incidents in
 * the area, submissions about it), then each section of the national template from it.
 */
@Component
class ProblemProfiles {

    static final int TOP_HOTSPOTS = 10;
    /** Two counts as Poisson: a change beyond 1.96 standard errors is a rise or a fall (95%), anything less steady. */
    static final double SIGNIFICANT_Z = 1.96;

    private final Graph graph;
    private final Disclosure disclosure;
    private final Areas areas;
    private final HotspotFinder hotspots;
    private final GridTransform grid;
    private final Clock clock;

    ProblemProfiles(Graph graph, Disclosure disclosure, Areas areas, HotspotFinder hotspots, GridTransform grid, Clock clock) {
        this.graph = graph;
        this.disclosure = disclosure;
        this.areas = areas;
        this.hotspots = hotspots;
        this.grid = grid;
        this.clock = clock;
    }

    ProblemProfile of(String area, LocalDate from, LocalDate to) {
        ProfileGround ground = ProfileGround.read(graph, disclosure, areas, area, from, to);
        List<ProfilePeople.Person> people = ProfilePeople.read(graph, disclosure, ground);
        ProfileGroups.Found groups = ProfileGroups.of(graph, disclosure, people, ground);
        Set<String> victims = people.stream().filter(ProfilePeople.Person::child).map(p -> p.shown().id()).collect(Collectors.toSet());
        return new ProblemProfile(area, from, to, OffsetDateTime.now(clock), ProfilePeople.victims(people, ground, to),
                ProfilePeople.offenders(people, ground, to, groups.shown()), groups.groups(),
                ProfileBusinesses.of(graph, disclosure, ground, victims), neighbourhoods(area, from, to));
    }

    private ProblemProfile.Neighbourhoods neighbourhoods(String area, LocalDate from, LocalDate to) {
        List<HotspotFinder.Trended> found;
        try {
            found = hotspots.topWithTrend(Map.of("method", "dbscan"), from, to, area, TOP_HOTSPOTS, "hotspotQuery");
        } catch (InvalidRequest tooCostly) {
            return new ProblemProfile.Neighbourhoods("dbscan", List.of(), "The hotspot query for this area and period is over the "
                    + "service's limits (" + tooCostly.errors().get(0).message() + "); ask for a shorter period.");
        } catch (ServiceBusy busy) {
            return new ProblemProfile.Neighbourhoods("dbscan", List.of(), "The hotspot engine did not answer in time (" + busy.getMessage()
                    + "); open the profile again shortly.");
        }
        return new ProblemProfile.Neighbourhoods("dbscan", found.stream().map(t -> new ProblemProfile.Neighbourhood(
                t.hotspot().rank(), t.hotspot().id(), t.hotspot().incidentCount(), t.hotspot().childCount(),
                t.hotspot().personOfInterestCount(), t.hotspot().firstSeen(), t.hotspot().lastSeen(), t.longitude(), t.latitude(),
                gridReference(t.longitude(), t.latitude()), t.trend(), direction(t.trend()))).toList(), null);
    }

    /**
     * NEW when there were none in the previous period; otherwise RISING or FALLING when the change is significant
     * for two Poisson counts ({@code z = (current - previous) / sqrt(current + previous)}), else STEADY.
     */
    static String direction(HotspotTrend trend) {
        if (trend.previous() == 0) {
            return trend.current() > 0 ? "NEW" : "STEADY";
        }
        double z = (trend.current() - trend.previous()) / Math.sqrt(trend.current() + trend.previous());
        return z >= SIGNIFICANT_Z ? "RISING" : z <= -SIGNIFICANT_Z ? "FALLING" : "STEADY";
    }

    private String gridReference(double longitude, double latitude) {
        try {
            double[] en = grid.toBritishNationalGrid(longitude, latitude);
            return GridReference.format(en[0], en[1]);
        } catch (IllegalArgumentException offGrid) {
            return null;
        }
    }
}
