package org.linkmap.service.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.linkmap.model.EntityKind;
import org.linkmap.model.submission.Submission.EntityDraft;
import org.linkmap.service.neo4j.Graph;

/**
 * Phones, vehicles and online accounts: things that are the same thing whenever their normalised key is the
 * same (number, VRM, platform and handle). One row per distinct key, in sorted order so that concurrent
 * batches take the keys' locks in the same order; later reports' descriptive fields win.
 */
final class KeyedIdentifiers {

    private final Graph.Tx tx;

    KeyedIdentifiers(Graph.Tx tx) {
        this.tx = tx;
    }

    /** Merges every phone, vehicle and account the batch describes, in one statement, and gives each node its id. */
    void mergeAll(List<PlannedSubmission> batch) {
        List<Kind> kinds = List.of(
                new Kind(batch, EntityKind.PHONE, "phones", d -> (String) d.properties().get("number"), (d, row) -> {
                }),
                new Kind(batch, EntityKind.VEHICLE, "vehicles", d -> (String) d.properties().get("vrm"), (d, row) -> {
                    for (String field : List.of("make", "model", "colour")) {
                        if (d.properties().get(field) != null) {
                            row.put(field, d.properties().get(field));
                        }
                    }
                }),
                new Kind(batch, EntityKind.ONLINE_ACCOUNT, "accounts", d -> (String) d.properties().get("account"), (d, row) -> {
                    row.putIfAbsent("platform", d.properties().get("platform"));
                    row.putIfAbsent("handle", d.properties().get("handle"));
                }));
        if (kinds.stream().allMatch(kind -> kind.rows.isEmpty())) {
            return;
        }
        Map<String, Object> parameters = new HashMap<>();
        kinds.forEach(kind -> parameters.put(kind.parameter, List.copyOf(kind.rows.values())));
        Map<String, String> ids = new HashMap<>();
        tx.list("ingest/merge-keyed-identifiers", parameters,
                r -> ids.put(r.get("kind").asString() + "|" + r.get("key").asString(), r.get("id").asString()));
        kinds.forEach(kind -> kind.nodes.forEach(node -> node.id = ids.get(kind.kind.name() + "|" + kind.keyOf.apply(node.draft))));
    }

    /** The batch's fresh nodes of one kind, and one row per distinct key, in key order. */
    private static final class Kind {
        final EntityKind kind;
        final String parameter;
        final Function<EntityDraft, String> keyOf;
        final List<PlannedNode> nodes;
        final Map<String, Map<String, Object>> rows = new TreeMap<>();

        Kind(List<PlannedSubmission> batch, EntityKind kind, String parameter, Function<EntityDraft, String> keyOf,
             BiConsumer<EntityDraft, Map<String, Object>> describe) {
            this.kind = kind;
            this.parameter = parameter;
            this.keyOf = keyOf;
            this.nodes = PlannedSubmission.freshNodes(batch, kind);
            for (PlannedNode node : nodes) {
                Map<String, Object> row = rows.computeIfAbsent(keyOf.apply(node.draft), key -> {
                    Map<String, Object> r = new HashMap<>();
                    r.put("key", key);
                    r.put("newId", UUID.randomUUID().toString());
                    return r;
                });
                describe.accept(node.draft, row);
            }
        }
    }
}
