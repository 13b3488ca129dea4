package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.hotspot.HotspotTrend;

/**
 * An area's problem profile for a period, in the sections of the ACPO/CEOP national template: victims, offenders,
 * groups, high-risk businesses and neighbourhoods. Every figure is counted over the reader's view; every person
 * is shown as the reader may see them (a child by pseudonym for roles that may not see names).
 */
record ProblemProfile(String area, LocalDate from, LocalDate to, OffsetDateTime generatedAt, Victims victims,
                      Offenders offenders, Groups groups, HighRiskBusinesses highRiskBusinesses,
                      Neighbourhoods neighbourhoods) {

    /**
     * Children on the period's ground: involved in an incident in the area, or mentioned by a submission whose case
     * lies in it. Ages are at the period's last day.
     */
    record Victims(int total, Map<String, Integer> byAgeBand, Map<String, Integer> byGender,
                   Map<String, Integer> byRiskLevel, Map<String, Integer> byExploitationType,
                   MissingEpisodes missingEpisodes, List<Victim> mostAffected) {
    }

    /**
     * One child in one missing-episode incident is one episode; {@code repeatChildren} went missing three or more
     * times within the period.
     */
    record MissingEpisodes(int episodes, int children, int repeatChildren) {
    }

    record Victim(NodeSummary child, String riskLevel, int incidents, int missingEpisodes, int submissions) {
    }

    /** Persons of interest on the period's ground who are not children (a child is shown as a victim). */
    record Offenders(int total, Map<String, Integer> byAgeBand, Map<String, Integer> byGender, int exploitingChildren,
                     int inGroups, List<Offender> top) {
    }

    record Offender(NodeSummary person, int childrenLinked, int incidents, int submissions, List<NodeSummary> networks) {
    }

    /** Networks a victim or offender of the profile is a member of. */
    record Groups(int total, Map<String, Integer> byType, List<Group> networks) {
    }

    record Group(NodeSummary network, String networkType, int members, int children, int incidents) {
    }

    /** Hotels, takeaways, taxis and licensed premises, places and the businesses behind them, by incident count. */
    record HighRiskBusinesses(int total, Map<String, Integer> byCategory, List<Business> businesses) {
    }

    record Business(NodeSummary business, String kind, String category, int incidents, int children) {
    }

    /**
     * The area's top hotspots for the period (DBSCAN with the map's defaults), each with its trend; {@code note}
     * says why there are none when the query could not be run.
     */
    record Neighbourhoods(String method, List<Neighbourhood> hotspots, String note) {
    }

    record Neighbourhood(int rank, String id, int incidentCount, int childCount, int personOfInterestCount,
                         OffsetDateTime firstSeen, OffsetDateTime lastSeen, double longitude, double latitude,
                         String gridReference, HotspotTrend trend, String direction) {
    }
}
