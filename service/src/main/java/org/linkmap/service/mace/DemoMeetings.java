package org.linkmap.service.mace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.service.neo4j.Graph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With the demo data, the meetings its referrals name, and for each forum the next meeting after today (on the
 * same day of the month as its last), so that a MACE chair finds agendas to open. Runs after the demo load; a
 * meeting already there is left as it is.
 */
@Component
@ConditionalOnProperty(name = "linkmap.demo", havingValue = "true")
@Order(2)
class DemoMeetings implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoMeetings.class);

    private final Graph graph;
    private final Meetings meetings;
    private final Clock clock;

    DemoMeetings(Graph graph, Meetings meetings, Clock clock) {
        this.graph = graph;
        this.meetings = meetings;
        this.clock = clock;
    }

    private record Named(String kind, String area, LocalDate date) {
        Meetings.Planned planned() {
            return new Meetings.Planned(Meeting.Kind.valueOf(kind), area, date);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Named> named = graph.read(tx -> tx.list("mace/find-named-meetings", Map.of(),
                r -> new Named(r.get("kind").asString(), r.get("area").asString(), r.get("date").asLocalDate())));
        List<Meetings.Planned> planned = new ArrayList<>();
        Map<String, Named> latest = new HashMap<>();
        for (Named n : named) {
            planned.add(n.planned());
            latest.merge(n.kind() + "|" + n.area(), n, (a, b) -> a.date().isAfter(b.date()) ? a : b);
        }
        LocalDate today = LocalDate.now(clock.withZone(ReferralCalendar.LOCAL));
        for (Named last : latest.values()) {
            LocalDate next = last.date();
            while (!next.isAfter(today)) {
                next = next.plusMonths(1);
            }
            planned.add(new Named(last.kind(), last.area(), next).planned());
        }
        // Made by "system", as the audit trail names the service's own work: "demo" is also a demo child's surname,
        // so readers who see pseudonyms were shown a child as the meetings' creator.
        log.info("Demo meetings: {} created", meetings.createMissing(planned, "system"));
    }
}
