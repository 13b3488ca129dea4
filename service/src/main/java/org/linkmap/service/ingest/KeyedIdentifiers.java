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

    /** Merges every phone, vehicle and account the batch describes and gives each node its id. */
    void mergeAll(List<PlannedSubmission> batch) {
        merge(batch, EntityKind.PHONE, "ingest/merge-phones", d -> (String) d.properties().get("number"), (d, row) -> {
        });
        merge(batch, EntityKind.VEHICLE, "ingest/merge-vehicles", d -> (String) d.properties().get("vrm"), (d, row) -> {
            for (String field : List.of("make", "model", "colour")) {
                if (d.properties().get(field) != null) {
                    row.put(field, d.properties().get(field));
                }
            }
        });
        merge(batch, EntityKind.ONLINE_ACCOUNT, "ingest/merge-online-accounts", d -> (String) d.properties().get("account"),
                (d, row) -> {
                    row.putIfAbsent("platform", d.properties().get("platform"));
                    row.putIfAbsent("handle", d.properties().get("handle"));
                });
    }

    private void merge(List<PlannedSubmission> batch, EntityKind kind, String query, Function<EntityDraft, String> keyOf,
                       BiConsumer<EntityDraft, Map<String, Object>> describe) {
        Map<String, Map<String, Object>> rows = new TreeMap<>();
        List<PlannedNode> nodes = PlannedSubmission.freshNodes(batch, kind);
        for (PlannedNode node : nodes) {
            Map<String, Object> row = rows.computeIfAbsent(keyOf.apply(node.draft), key -> {
                Map<String, Object> r = new HashMap<>();
                r.put("key", key);
                r.put("newId", UUID.randomUUID().toString());
                return r;
            });
            describe.accept(node.draft, row);
        }
        if (rows.isEmpty()) {
            return;
        }
        Map<String, String> ids = new HashMap<>();
        tx.list(query, Map.of("rows", List.copyOf(rows.values())), r -> ids.put(r.get("key").asString(), r.get("id").asString()));
        nodes.forEach(node -> node.id = ids.get(keyOf.apply(node.draft)));
    }
}
