package org.linkmap.service.hotspot;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.linkmap.model.Vocabulary.IncidentType;

/**
 * When and what: incidents counted by type, and by hour of day and day of week in the local time of the
 * people patrolling (Europe/London, so British Summer Time moves an incident at 20:30 UTC in July to 21:00-22:00).
 */
final class IncidentRhythm {

    static final ZoneId LOCAL = ZoneId.of("Europe/London");

    private IncidentRhythm() {
    }

    /** Incidents per type, in the vocabulary's order, types with none left out. */
    static Map<String, Integer> countsByType(Collection<IncidentPoint> incidents) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (IncidentType type : IncidentType.values()) {
            int n = (int) incidents.stream().filter(i -> i.incidentType().equals(type.name())).count();
            if (n > 0) {
                counts.put(type.name(), n);
            }
        }
        return counts;
    }

    /** Seven rows, Monday first, of 24 hourly counts (row 0 column 21 is Mondays 21:00-21:59 local time). */
    static int[][] hourByWeekday(Collection<IncidentPoint> incidents) {
        int[][] counts = new int[7][24];
        for (IncidentPoint incident : incidents) {
            ZonedDateTime local = incident.occurredAt().atZoneSameInstant(LOCAL);
            counts[local.getDayOfWeek().getValue() - 1][local.getHour()]++;
        }
        return counts;
    }
}
