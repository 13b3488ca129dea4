package org.linkmap.service.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * The quantitative measures a partnership board asks for each quarter (after the Pan Cheshire data set), by area
 * and quarter, as far as the graph holds them, with the data-quality indicators behind them. A person counts in
 * the areas of their cases, an incident in the area its point lies in, a submission and a disruption record in
 * theirs. Only what is in the reader's view is counted.
 */
@Component
class Measures {

    /** Notices and orders among the disruption tactics. */
    static final Set<String> NOTICES_AND_ORDERS = Set.of("CAWN", "S49_NOTICE", "HOTEL_NOTICE", "SHPO", "SRO", "STRO");
    /** Measures of the board's data set that the graph does not record. */
    static final List<String> NOT_RECORDED = List.of("charges", "convictions");

    private final Graph graph;
    private final Areas areas;
    private final Disclosure disclosure;

    Measures(Graph graph, Areas areas, Disclosure disclosure) {
        this.graph = graph;
        this.areas = areas;
        this.disclosure = disclosure;
    }

    /** One area in one quarter. */
    record Row(String area, String quarter, long childrenFlagged, long personsOfInterestFlagged,
               long referralsWithExploitationIdentified, long missingEpisodesWithExploitationRisk, long noticesAndOrders,
               long arrests, long disruptions, long recordsWithoutGrading, long incidentsWithoutLocation,
               long childrenWithoutRiskLevel) {
    }

    /** The share of records that lack what a problem profile needs, over the whole period and the areas asked. */
    record DataQuality(long records, long recordsWithoutGrading, long incidents, long incidentsWithoutLocation,
                       long children, long childrenWithoutRiskLevel) {
    }

    record Report(LocalDate from, LocalDate to, List<String> areas, List<Row> rows, DataQuality dataQuality,
                  List<String> notRecorded) {
    }

    private static final int CHILDREN = 0, POIS = 1, REFERRALS = 2, MISSING = 3, NOTICES = 4, ARRESTS = 5, DISRUPTIONS = 6,
            UNGRADED = 7, UNLOCATED = 8, NO_RISK = 9, RECORDS = 10, INCIDENTS = 11, ALL_CHILDREN = 12;

    /** The measures for {@code from} to {@code to} (both included) in {@code wanted} areas. */
    Report of(LocalDate from, LocalDate to, List<String> wanted) {
        Map<String, Object> p = Map.of("from", start(from), "to", start(to.plusDays(1)), "fromDate", from, "toDate", to.plusDays(1));
        Map<String, long[]> cells = new TreeMap<>();
        graph.read(tx -> {
            tx.list("report/find-measure-people", p, r -> r).forEach(r -> people(r, wanted, cells));
            tx.list("report/find-measure-submissions", p, r -> r).forEach(r -> submission(r, wanted, cells));
            tx.list("report/find-measure-incidents", p, r -> r).forEach(r -> incident(r, wanted, cells));
            tx.list("report/find-measure-disruptions", p, r -> r).forEach(r -> disruption(r, wanted, cells));
            return null;
        });
        List<Row> rows = new ArrayList<>();
        long[] total = new long[13];
        for (String area : wanted) {
            for (Quarter q = Quarter.of(from); !q.start().isAfter(to); q = q.next()) {
                long[] c = cells.getOrDefault(area + "|" + q, new long[13]);
                rows.add(new Row(area, q.toString(), c[CHILDREN], c[POIS], c[REFERRALS], c[MISSING], c[NOTICES], c[ARRESTS],
                        c[DISRUPTIONS], c[UNGRADED], c[UNLOCATED], c[NO_RISK]));
                for (int k = 0; k < total.length; k++) {
                    total[k] += c[k];
                }
            }
        }
        return new Report(from, to, wanted, rows, new DataQuality(total[RECORDS], total[UNGRADED], total[INCIDENTS],
                total[UNLOCATED], total[ALL_CHILDREN], total[NO_RISK]), NOT_RECORDED);
    }

    private void people(Record r, List<String> wanted, Map<String, long[]> cells) {
        NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
        if (!disclosure.inScope(node)) {
            return;
        }
        boolean child = r.get("child").asBoolean();
        for (long[] c : cellsOf(node.areas(), Quarter.of(r.get("at").asOffsetDateTime()), wanted, cells)) {
            c[child ? CHILDREN : POIS]++;
            if (child) {
                c[ALL_CHILDREN]++;
                c[NO_RISK] += r.get("withoutRiskLevel").asBoolean() ? 1 : 0;
            }
            if (child && r.get("personOfInterest").asBoolean()) {
                c[POIS]++;
            }
        }
    }

    private void submission(Record r, List<String> wanted, Map<String, long[]> cells) {
        if (!disclosure.seesLink(List.of(r.get("id").asString()))) {
            return;
        }
        for (long[] c : cellsOf(r.get("areas").asList(Value::asString), Quarter.of(r.get("at").asOffsetDateTime()), wanted, cells)) {
            c[RECORDS]++;
            c[REFERRALS] += r.get("referralWithExploitation").asBoolean() ? 1 : 0;
            c[UNGRADED] += r.get("withoutGrading").asBoolean() ? 1 : 0;
        }
    }

    private void incident(Record r, List<String> wanted, Map<String, long[]> cells) {
        NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
        if (!disclosure.inScope(node)) {
            return;
        }
        List<String> in = node.longitude() == null ? node.areas()
                : areas.areaOf(node.longitude(), node.latitude()).map(List::of).orElse(List.of());
        for (long[] c : cellsOf(in, Quarter.of(r.get("at").asOffsetDateTime()), wanted, cells)) {
            c[INCIDENTS]++;
            c[MISSING] += r.get("missingWithRisk").asBoolean() ? 1 : 0;
            c[ARRESTS] += "ARREST".equals(r.get("incidentType").asString()) ? 1 : 0;
            c[UNLOCATED] += r.get("withoutLocation").asBoolean() ? 1 : 0;
        }
    }

    private void disruption(Record r, List<String> wanted, Map<String, long[]> cells) {
        List<String> in = r.get("areas").asList(Value::asString);
        if (!disclosure.areaScope().isEmpty() && in.stream().noneMatch(disclosure.areaScope()::contains)) {
            return;
        }
        for (long[] c : cellsOf(in, Quarter.of(r.get("date").asLocalDate()), wanted, cells)) {
            c[DISRUPTIONS]++;
            c[NOTICES] += NOTICES_AND_ORDERS.contains(r.get("tactic").asString()) ? 1 : 0;
        }
    }

    private static List<long[]> cellsOf(List<String> in, Quarter quarter, List<String> wanted, Map<String, long[]> cells) {
        List<long[]> found = new ArrayList<>();
        for (String area : in) {
            if (wanted.contains(area)) {
                found.add(cells.computeIfAbsent(area + "|" + quarter, k -> new long[13]));
            }
        }
        return found;
    }

    private static OffsetDateTime start(LocalDate date) {
        return date.atStartOfDay(Quarter.LONDON).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

}
