package org.linkmap.service.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.EntityKind;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The high-risk businesses section of a problem profile: hotels and guest houses, takeaways, taxi firms and ranks,
 * and licensed premises, as places where incidents on the ground occurred and as the organisations operating such
 * a place or employing someone involved. An incident counts against a business only when every link on the way is
 * in the reader's view, and the business's type is the one the reader's own sources recorded.
 */
final class ProfileBusinesses {

    /** The profile's category of each place and organisation type that counts as a high-risk business. */
    static final Map<String, String> LOCATION_CATEGORIES = Map.of("HOTEL", "HOTEL", "GUEST_HOUSE", "HOTEL",
            "TAKEAWAY", "TAKEAWAY", "TAXI_RANK", "TAXI", "LICENSED_PREMISES", "LICENSED_PREMISES");
    static final Map<String, String> ORGANISATION_CATEGORIES = Map.of("HOTEL", "HOTEL", "TAKEAWAY", "TAKEAWAY",
            "TAXI_FIRM", "TAXI", "LICENSED_PREMISES", "LICENSED_PREMISES");
    static final List<String> CATEGORIES = List.of("HOTEL", "TAKEAWAY", "TAXI", "LICENSED_PREMISES");
    static final int LISTED = 50;

    private record Tally(NodeSummary business, String kind, String category, Set<String> incidents) {
    }

    private ProfileBusinesses() {
    }

    /** @param victims the ids of the children on the ground, for each business's count of children involved */
    static ProblemProfile.HighRiskBusinesses of(Graph graph, Disclosure disclosure, ProfileGround ground, Set<String> victims) {
        Map<String, ProfileGround.Incident> incidents = new LinkedHashMap<>();
        ground.incidents().forEach(i -> incidents.put(i.id(), i));
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, Object> p = Map.of("incidentIds", List.copyOf(incidents.keySet()));
        for (Record r : graph.read(tx -> tx.list("report/find-profile-businesses", p, x -> x))) {
            boolean inView = r.get("via").asList(v -> v.asList(Value::asString)).stream().allMatch(disclosure::seesLink);
            String id = r.get("id").asString();
            if (!inView || !tallies.containsKey(id) && !tally(disclosure, r, tallies)) {
                continue;
            }
            tallies.get(id).incidents().add(r.get("incident").asString());
        }
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        CATEGORIES.forEach(c -> byCategory.put(c, 0));
        List<ProblemProfile.Business> rows = new ArrayList<>();
        for (Tally t : tallies.values()) {
            byCategory.merge(t.category(), 1, Integer::sum);
            long children = t.incidents().stream().flatMap(i -> incidents.get(i).people().stream()).filter(victims::contains)
                    .distinct().count();
            rows.add(new ProblemProfile.Business(t.business(), t.kind(), t.category(), t.incidents().size(), (int) children));
        }
        rows.sort(Comparator.comparingInt(ProblemProfile.Business::incidents).reversed()
                .thenComparing(Comparator.comparingInt(ProblemProfile.Business::children).reversed())
                .thenComparing(b -> b.business().label()));
        return new ProblemProfile.HighRiskBusinesses(rows.size(), byCategory, rows.subList(0, Math.min(LISTED, rows.size())));
    }

    /** Starts a business's tally when it is in view and of a high-risk kind as the reader's sources say. */
    private static boolean tally(Disclosure disclosure, Record r, Map<String, Tally> tallies) {
        NodeSummary raw = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
        if (!disclosure.inScope(raw)) {
            return false;
        }
        Map<String, Object> values = disclosure.valuesInView(raw, r.get("properties").asMap());
        boolean place = raw.kind() == EntityKind.LOCATION;
        Object kind = values.get(place ? "locationType" : "orgType");
        String category = kind == null ? null : (place ? LOCATION_CATEGORIES : ORGANISATION_CATEGORIES).get(String.valueOf(kind));
        if (category == null) {
            return false;
        }
        tallies.put(raw.id(), new Tally(disclosure.show(raw), String.valueOf(kind), category, new LinkedHashSet<>()));
        return true;
    }
}
