package org.linkmap.service.access;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Who is a child, and what identifies each: read from the graph, so a person marked a child by a later
 * submission, or merged with a child, is treated as one everywhere, in earlier records too. The index is
 * rebuilt when a cheap fingerprint of the children changes, checked after every write this instance makes
 * and otherwise at most once every {@link #CHECK_EVERY_MILLIS} milliseconds (for other instances' writes).
 */
@Component
class ChildIdentities {

    private static final long CHECK_EVERY_MILLIS = 1_000;

    private record Snapshot(List<Object> fingerprint, Set<String> ids, Map<String, String> survivors, ChildRedactor redactor, long checkedAt,
                            long writesSeen) {
    }

    private final Graph graph;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private volatile Snapshot snapshot = new Snapshot(List.of(), Set.of(), Map.of(), ChildRedactor.NONE, Long.MIN_VALUE, -1);

    ChildIdentities(Graph graph, Pseudonyms pseudonyms, Clock clock) {
        this.graph = graph;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** Whether the person with this id is a child or merged with one. */
    boolean isChild(String id) {
        return current().ids().contains(id);
    }

    /** The record whose pseudonym a child's record goes by: the one it was merged into, or itself. */
    String pseudonymOf(String id) {
        return current().survivors().getOrDefault(id, id);
    }

    /**
     * The text with every child's identity taken out. Text that cannot name anyone (an id, a code, nothing) is
     * answered without looking at the graph, so a reply made of ids costs no read of the children.
     */
    String redact(String text) {
        return ChildRedactor.cannotIdentify(text) ? text : current().redactor().redact(text);
    }

    private Snapshot current() {
        Snapshot known = snapshot;
        long now = clock.millis();
        if (fresh(known, now)) {
            return known;
        }
        synchronized (this) {
            known = snapshot;
            if (fresh(known, now)) {
                return known;
            }
            long writes = graph.dataWrites();
            List<Object> fingerprint = graph.read(tx -> tx.optional("access/fingerprint-children", Map.of(),
                    r -> List.<Object>of(r.get("children").asLong(), r.get("aliases").asLong(0), r.get("births").asLong(0),
                            r.get("identifiers").asLong(0), r.get("ends").asString(""), r.get("merges").asLong()))).orElse(List.of());
            snapshot = fingerprint.equals(known.fingerprint())
                    ? new Snapshot(fingerprint, known.ids(), known.survivors(), known.redactor(), now, writes)
                    : load(fingerprint, now, writes);
            return snapshot;
        }
    }

    /**
     * Fresh when checked within the last second and nothing was written here since: this instance's own writes
     * are seen at once, another instance's within a second.
     */
    private boolean fresh(Snapshot known, long now) {
        return known.checkedAt() != Long.MIN_VALUE && now - known.checkedAt() < CHECK_EVERY_MILLIS
                && known.writesSeen() == graph.dataWrites();
    }

    private Snapshot load(List<Object> fingerprint, long now, long writes) {
        Map<String, String> survivors = new java.util.HashMap<>();
        List<ChildRedactor.Child> children = graph.read(tx -> tx.list("access/find-child-identities", Map.of(), r -> {
            String id = r.get("id").asString();
            String survivor = r.get("survivor").asString(null);
            if (survivor != null) {
                survivors.put(id, survivor);
            }
            return new ChildRedactor.Child(id, pseudonyms.of(survivor != null ? survivor : id),
                    r.get("name").asString(null), r.get("aliases").asList(Value::asString),
                    r.get("dob").isNull() ? null : r.get("dob").asLocalDate(), r.get("identifiers").asList(Value::asString));
        }));
        Set<String> ids = Set.copyOf(children.stream().map(ChildRedactor.Child::id).toList());
        return new Snapshot(fingerprint, ids, Map.copyOf(survivors), ChildRedactor.of(children), now, writes);
    }
}
