package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.HashMap;
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
        List<List<Map<String, Object>>> updateRounds = new ArrayList<>();
        Map<String, Integer> updatesOf = new HashMap<>();
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
                int round = updatesOf.merge(person.id, 1, Integer::sum) - 1;
                if (round == updateRounds.size()) {
                    updateRounds.add(new ArrayList<>());
                }
                updateRounds.get(round).add(row);
            }
            identifiers.forEach(i -> peopleByKey.computeIfAbsent((String) i.get("key"), k -> new TreeSet<>()).add(person.id));
        }
        if (!created.isEmpty()) {
            tx.run("ingest/create-people", Map.of("people", created));
        }
        // A person reported twice in the batch is updated in two rounds, so each update sees the one before.
        updateRounds.forEach(round -> tx.run("ingest/update-people", Map.of("people", round)));
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
