package org.linkmap.service.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.model.Vocabulary;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The groups section of a problem profile: the networks a victim or offender on the ground belongs to (membership
 * in view), each with its members and children among them (memberships in view) and the incidents on the ground
 * involving a member.
 */
final class ProfileGroups {

    /** The section and each network as shown, for the offenders' lists. */
    record Found(ProblemProfile.Groups groups, Map<String, NodeSummary> shown) {
    }

    private ProfileGroups() {
    }

    static Found of(Graph graph, Disclosure disclosure, List<ProfilePeople.Person> people, ProfileGround ground) {
        Set<String> ids = new java.util.TreeSet<>();
        people.stream().filter(p -> p.child() || p.personOfInterest()).forEach(p -> ids.addAll(p.networks()));
        Map<String, NodeSummary> shown = new LinkedHashMap<>();
        Map<String, Integer> byType = ProfilePeople.words(Vocabulary.NetworkType.values());
        List<ProblemProfile.Group> rows = new ArrayList<>();
        for (Record r : graph.read(tx -> tx.list("report/find-profile-networks", Map.of("ids", List.copyOf(ids)), x -> x))) {
            NodeSummary raw = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            if (!disclosure.inScope(raw)) {
                continue;
            }
            NodeSummary network = disclosure.show(raw);
            shown.put(network.id(), network);
            Object type = disclosure.valuesInView(raw, r.get("properties").asMap()).get("networkType");
            ProfilePeople.count(byType, type);
            Set<String> members = new HashSet<>();
            Set<String> children = new HashSet<>();
            for (Value m : r.get("members").values()) {
                if (disclosure.seesLink(m.get("sources").asList(Value::asString))) {
                    String person = m.get("person").asString();
                    members.add(person);
                    if (m.get("child").asBoolean() || disclosure.isChildId(person)) {
                        children.add(person);
                    }
                }
            }
            int incidents = (int) ground.incidents().stream().filter(i -> i.people().stream().anyMatch(members::contains)).count();
            rows.add(new ProblemProfile.Group(network, type == null ? null : String.valueOf(type), members.size(), children.size(),
                    incidents));
        }
        rows.sort(Comparator.comparingInt(ProblemProfile.Group::incidents).reversed()
                .thenComparing(Comparator.comparingInt(ProblemProfile.Group::members).reversed())
                .thenComparing(g -> g.network().id()));
        return new Found(new ProblemProfile.Groups(rows.size(), byType, rows), shown);
    }
}
