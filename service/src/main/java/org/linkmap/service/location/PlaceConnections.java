package org.linkmap.service.location;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Who and what is linked to some incidents and places: the people involved in the incidents or who frequent or
 * live at the places, the networks those people belong to and the organisations operating the places. Shared by
 * the hotspot panel and the location page so both count alike.
 *
 * <p>A person merged from several records is one person (the merge survivor). A person, network or organisation
 * appears only through a link in the reader's view ({@link Disclosure#seesLink}) and when some fact naming it is in
 * view (otherwise it is left out, not shown as a placeholder), and is shown as the reader may see it: a child by
 * pseudonym to roles that may not see children's names.
 */
@Component
public class PlaceConnections {

    private final Graph graph;
    private final Disclosure disclosure;

    PlaceConnections(Graph graph, Disclosure disclosure) {
        this.graph = graph;
        this.disclosure = disclosure;
    }

    /** What is linked, each list ordered by id; children and persons of interest may overlap (a child can be both). */
    public record Connections(List<NodeSummary> children, List<NodeSummary> personsOfInterest,
                              List<NodeSummary> networks, List<NodeSummary> organisations) {
    }

    /** Must run on the request's thread: the reader's view decides what is kept. */
    public Connections of(Collection<String> incidentIds, Collection<String> locationIds) {
        Map<String, Object> params = Map.of("incidentIds", List.copyOf(incidentIds), "locationIds", List.copyOf(locationIds));
        return graph.read(tx -> {
            List<NodeSummary> children = new ArrayList<>();
            List<NodeSummary> persons = new ArrayList<>();
            Set<String> people = new LinkedHashSet<>();
            for (Record r : tx.list("location/find-linked-people", params, record -> record)) {
                Person person = person(r);
                if (person == null || !disclosure.inScope(person.node())) {
                    continue;
                }
                people.add(person.node().id());
                if (person.child()) {
                    children.add(disclosure.show(person.node()));
                }
                NodeSummary shown = disclosure.show(person.node());
                if (person.personOfInterest() && Boolean.TRUE.equals(shown.personOfInterest())) {
                    persons.add(shown);
                }
            }
            people.addAll(tx.list("location/find-merged-records", Map.of("ids", List.copyOf(people)), r -> r.get("id").asString()));
            List<NodeSummary> networks = linked(tx.list("location/find-linked-networks", Map.of("personIds", List.copyOf(people)), r -> r));
            List<NodeSummary> organisations = linked(tx.list("location/find-operating-organisations", params, r -> r));
            return new Connections(children, persons, networks, organisations);
        });
    }

    private record Person(NodeSummary node, boolean child, boolean personOfInterest) {
    }

    /** The person through the links in view, or null when none is; roles come from any record of the person. */
    private Person person(Record r) {
        boolean inView = false;
        boolean child = false;
        boolean personOfInterest = false;
        for (Value link : r.get("links").values()) {
            if (disclosure.seesLink(link.get("sources").asList(Value::asString))) {
                inView = true;
                child |= link.get("child").asBoolean();
                personOfInterest |= link.get("personOfInterest").asBoolean();
            }
        }
        if (!inView) {
            return null;
        }
        List<String> labels = new ArrayList<>(r.get("labels").asList(Value::asString));
        child |= labels.contains("Child");
        personOfInterest |= labels.contains("PersonOfInterest");
        if (child && !labels.contains("Child")) {
            labels.add("Child");
        }
        if (personOfInterest && !labels.contains("PersonOfInterest")) {
            labels.add("PersonOfInterest");
        }
        return new Person(NodeSummary.from(r.get("id").asString(), labels, r.get("properties").asMap()), child, personOfInterest);
    }

    /** The nodes of which at least one link is in view, as the reader may see them. */
    private List<NodeSummary> linked(List<Record> records) {
        List<NodeSummary> shown = new ArrayList<>();
        for (Record r : records) {
            boolean inView = r.get("sources").asList(v -> v.asList(Value::asString)).stream().anyMatch(disclosure::seesLink);
            NodeSummary node = NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties"));
            if (inView && disclosure.inScope(node)) {
                shown.add(disclosure.show(node));
            }
        }
        return shown;
    }
}
