package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.linkmap.model.EntityKind;
import org.linkmap.model.Vocabulary.PersonRole;
import org.linkmap.model.identity.NameKeys;
import org.linkmap.model.submission.Identifiers;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.service.neo4j.Graph;

/**
 * Which person node each person a batch describes is, by agency identifier (a police or social care number):
 * known identifiers find their person, anyone else is created. Names alone never join two people here; that is
 * for the proposed matches of the identity capability.
 */
final class PeopleResolution {

    private final Graph.Tx tx;

    PeopleResolution(Graph.Tx tx) {
        this.tx = tx;
    }

    /**
     * A person with an agency identifier already known is that person (the first by id when identifiers
     * point at several); a person without one is new. The identifiers are claimed first: the unique
     * constraint's lock makes a concurrent batch naming the same identifier wait until this one commits,
     * so that it then finds the same person.
     */
    void resolve(List<PlannedSubmission> batch) {
        List<PlannedNode> people = PlannedSubmission.freshNodes(batch, EntityKind.PERSON);
        if (people.isEmpty()) {
            return;
        }
        Map<PlannedNode, List<Map<String, Object>>> identifiersOf = new HashMap<>();
        Map<String, Map<String, Object>> claims = new TreeMap<>();
        for (PlannedNode person : people) {
            List<Map<String, Object>> identifiers = new ArrayList<>();
            person.draft.identifiers().forEach((scheme, value) -> identifiers.add(Map.of(
                    "key", Identifiers.agencyIdentifier(scheme, value), "scheme", scheme, "value", value)));
            identifiers.forEach(i -> claims.putIfAbsent((String) i.get("key"), i));
            identifiersOf.put(person, identifiers);
        }
        Map<String, TreeSet<String>> peopleByKey = new HashMap<>();
        if (!claims.isEmpty()) {
            tx.list("ingest/claim-identifiers", Map.of("identifiers", List.copyOf(claims.values())),
                    r -> peopleByKey.computeIfAbsent(r.get("key").asString(), k -> new TreeSet<>()).add(r.get("id").asString()));
        }
        List<Map<String, Object>> created = new ArrayList<>();
        Map<String, Map<String, Object>> updates = new LinkedHashMap<>();
        for (PlannedNode person : people) {
            List<Map<String, Object>> identifiers = identifiersOf.get(person);
            TreeSet<String> known = new TreeSet<>();
            identifiers.forEach(i -> known.addAll(peopleByKey.getOrDefault((String) i.get("key"), new TreeSet<>())));
            if (known.isEmpty()) {
                person.id = UUID.randomUUID().toString();
                created.add(personRow(person, identifiers));
            } else {
                person.id = known.first();
                // Only identifiers the person does not already have need joining to it.
                Map<String, Object> row = personRow(person, identifiers.stream()
                        .filter(i -> !peopleByKey.getOrDefault((String) i.get("key"), new TreeSet<>()).contains(person.id)).toList());
                updates.merge(person.id, row, PeopleResolution::inTurn);
            }
            identifiers.forEach(i -> peopleByKey.computeIfAbsent((String) i.get("key"), k -> new TreeSet<>()).add(person.id));
        }
        if (!created.isEmpty()) {
            tx.runAhead("ingest/create-people", Map.of("people", created));
        }
        if (!updates.isEmpty()) {
            tx.runAhead("ingest/update-people", Map.of("people", List.copyOf(updates.values())));
        }
    }

    /**
     * Two reports of a known person in one batch (folded in turn when there are more), as the one update that
     * leaves the person as the two would one after the other: every name reported becomes an alias (the name held
     * stays), facts first reported are kept and the latest risk level wins, lists and identifiers are added to, in
     * order.
     */
    private static Map<String, Object> inTurn(Map<String, Object> earlier, Map<String, Object> later) {
        Map<String, Object> before = props(earlier);
        Map<String, Object> after = props(later);
        Map<String, Object> facts = new HashMap<>();
        for (String kept : List.of("dob", "dobYear", "gender")) {
            facts.put(kept, before.get(kept) != null ? before.get(kept) : after.get(kept));
        }
        facts.put("riskLevel", after.get("riskLevel") != null ? after.get("riskLevel") : before.get("riskLevel"));
        facts.put("hazards", joined(before.get("hazards"), after.get("hazards")));
        Map<String, Object> row = new HashMap<>(later);
        row.put("props", facts);
        row.put("aliases", joined(reportedNames(earlier), reportedNames(later)));
        row.put("nameKeys", joined(earlier.get("nameKeys"), later.get("nameKeys")));
        row.put("child", (Boolean) earlier.get("child") || (Boolean) later.get("child"));
        row.put("poi", (Boolean) earlier.get("poi") || (Boolean) later.get("poi"));
        row.put("identifiers", joined(earlier.get("identifiers"), later.get("identifiers")));
        return row;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }

    /** The names a row reports for a person already named: its aliases, then its name. */
    private static List<Object> reportedNames(Map<String, Object> row) {
        Object name = props(row).get("name");
        return joined(row.get("aliases"), name == null ? List.of() : List.of(name));
    }

    private static List<Object> joined(Object first, Object second) {
        List<Object> both = new ArrayList<>();
        for (Object list : List.of(first == null ? List.of() : first, second == null ? List.of() : second)) {
            both.addAll((List<?>) list);
        }
        return both;
    }

    private static Map<String, Object> personRow(PlannedNode person, List<Map<String, Object>> identifiers) {
        EntityDraft draft = person.draft;
        Map<String, Object> props = new HashMap<>(draft.properties());
        @SuppressWarnings("unchecked")
        List<String> aliases = props.get("aliases") == null ? List.of() : (List<String>) props.remove("aliases");
        Map<String, Object> row = new HashMap<>();
        row.put("props", props);
        row.put("aliases", aliases);
        row.put("nameKeys", NameKeys.of((String) props.get("name"), aliases));
        row.put("child", draft.roles().contains(PersonRole.CHILD));
        row.put("poi", draft.roles().contains(PersonRole.POI));
        row.put("identifiers", identifiers);
        row.put("id", person.id);
        return row;
    }
}
