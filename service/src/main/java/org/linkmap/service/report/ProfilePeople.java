package org.linkmap.service.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * The victims and offenders sections of a problem profile. A person counts when some fact naming them is in the
 * reader's view; their age, gender, risk level and exploitation flags are the values the reader's own sources
 * recorded, and the children they exploit and the networks they belong to are the links in view.
 */
final class ProfilePeople {

    static final String NOT_RECORDED = "NOT_RECORDED";
    static final int LISTED = 20;

    /** A person on the ground as the reader may know them. */
    record Person(NodeSummary shown, boolean child, boolean personOfInterest, Map<String, Object> values,
                  Set<String> exploited, Set<String> networks) {
    }

    private ProfilePeople() {
    }

    /** Everyone on the ground the reader may see, in id order. */
    static List<Person> read(Graph graph, Disclosure disclosure, ProfileGround ground) {
        List<Person> people = new ArrayList<>();
        for (Record r : graph.read(tx -> tx.list("report/find-profile-people", Map.of("ids", List.copyOf(ground.people())), x -> x))) {
            NodeSummary raw = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            if (!disclosure.inScope(raw)) {
                continue;
            }
            NodeSummary shown = disclosure.show(raw);
            people.add(new Person(shown, disclosure.isChild(raw), Boolean.TRUE.equals(shown.personOfInterest()),
                    disclosure.valuesInView(raw, r.get("properties").asMap()), linked(disclosure, r.get("exploits")),
                    linked(disclosure, r.get("networks"))));
        }
        return people;
    }

    private static Set<String> linked(Disclosure disclosure, Value links) {
        Set<String> ids = new LinkedHashSet<>();
        for (Value link : links.values()) {
            if (disclosure.seesLink(link.get("sources").asList(Value::asString))) {
                ids.add(link.get("id").asString());
            }
        }
        return ids;
    }

    static ProblemProfile.Victims victims(List<Person> people, ProfileGround ground, LocalDate on) {
        List<Person> victims = people.stream().filter(Person::child).toList();
        Map<String, Integer> ages = AgeBands.empty(AgeBands.VICTIM);
        Map<String, Integer> genders = words(Vocabulary.Gender.values());
        Map<String, Integer> risks = words(Vocabulary.RiskLevel.values());
        Map<String, Integer> hazards = words(Vocabulary.Hazard.values());
        int episodes = 0;
        int missingChildren = 0;
        int repeat = 0;
        List<ProblemProfile.Victim> rows = new ArrayList<>();
        for (Person v : victims) {
            ages.merge(AgeBands.victimBand(AgeBands.age(v.values().get("dob"), v.values().get("dobYear"), on)), 1, Integer::sum);
            count(genders, v.values().get("gender"));
            count(risks, v.values().get("riskLevel"));
            List<?> flags = v.values().get("hazards") instanceof List<?> list ? list : List.of();
            flags.forEach(h -> count(hazards, h));
            if (flags.isEmpty()) {
                count(hazards, null);
            }
            List<ProfileGround.Incident> incidents = ground.incidentsOf(v.shown().id());
            int missing = (int) incidents.stream().filter(ProfileGround.Incident::isMissingEpisode).count();
            episodes += missing;
            missingChildren += missing > 0 ? 1 : 0;
            repeat += missing >= 3 ? 1 : 0;
            Object risk = v.values().get("riskLevel");
            rows.add(new ProblemProfile.Victim(v.shown(), risk == null ? null : String.valueOf(risk), incidents.size(), missing,
                    ground.submissionsOf(v.shown().id())));
        }
        rows.sort(Comparator.comparingInt(ProblemProfile.Victim::incidents).reversed()
                .thenComparing(Comparator.comparingInt(ProblemProfile.Victim::missingEpisodes).reversed())
                .thenComparing(Comparator.comparingInt(ProblemProfile.Victim::submissions).reversed())
                .thenComparing(v -> v.child().id()));
        return new ProblemProfile.Victims(victims.size(), ages, genders, risks, hazards,
                new ProblemProfile.MissingEpisodes(episodes, missingChildren, repeat), rows.subList(0, Math.min(LISTED, rows.size())));
    }

    /**
     * @param networks the networks' summaries as shown, by id, for each offender's list
     */
    static ProblemProfile.Offenders offenders(List<Person> people, ProfileGround ground, LocalDate on,
                                              Map<String, NodeSummary> networks) {
        List<Person> offenders = people.stream().filter(p -> !p.child() && p.personOfInterest()).toList();
        Map<String, Integer> ages = AgeBands.empty(AgeBands.OFFENDER);
        Map<String, Integer> genders = words(Vocabulary.Gender.values());
        int exploiting = 0;
        int inGroups = 0;
        List<ProblemProfile.Offender> rows = new ArrayList<>();
        for (Person o : offenders) {
            ages.merge(AgeBands.offenderBand(AgeBands.age(o.values().get("dob"), o.values().get("dobYear"), on)), 1, Integer::sum);
            count(genders, o.values().get("gender"));
            exploiting += o.exploited().isEmpty() ? 0 : 1;
            List<NodeSummary> groups = o.networks().stream().filter(networks::containsKey).map(networks::get).toList();
            inGroups += groups.isEmpty() ? 0 : 1;
            rows.add(new ProblemProfile.Offender(o.shown(), o.exploited().size(), ground.incidentsOf(o.shown().id()).size(),
                    ground.submissionsOf(o.shown().id()), groups));
        }
        rows.sort(Comparator.comparingInt(ProblemProfile.Offender::childrenLinked).reversed()
                .thenComparing(Comparator.comparingInt(ProblemProfile.Offender::incidents).reversed())
                .thenComparing(Comparator.comparingInt(ProblemProfile.Offender::submissions).reversed())
                .thenComparing(o -> o.person().id()));
        return new ProblemProfile.Offenders(offenders.size(), ages, genders, exploiting, inGroups,
                rows.subList(0, Math.min(LISTED, rows.size())));
    }

    /** A zero for each word of a closed list and for a value not recorded, in the list's order. */
    static Map<String, Integer> words(Enum<?>[] values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            counts.put(value.name(), 0);
        }
        counts.put(NOT_RECORDED, 0);
        return counts;
    }

    /** Counts a recorded value under its word, or under {@link #NOT_RECORDED}; a value outside the list is its own row. */
    static void count(Map<String, Integer> counts, Object value) {
        counts.merge(value == null || String.valueOf(value).isBlank() ? NOT_RECORDED : String.valueOf(value), 1, Integer::sum);
    }
}
