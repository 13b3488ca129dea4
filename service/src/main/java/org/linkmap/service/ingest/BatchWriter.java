package org.linkmap.service.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.linkmap.service.web.Conflict;
import org.linkmap.service.web.InvalidRequest;

/**
 * Writes a batch of valid submissions inside one write transaction with a fixed number of set-based
 * queries, whatever the batch's size. The outcome is the same as writing them one after another in the
 * batch's order: the same phone, mark, account or agency identifier is one node even when two submissions
 * of the batch name it, and a place or network named twice in the batch is created once.
 *
 * <p>It works in two phases. The first only reads: {@link IdempotencyTriage} sorts out repeats and conflicts,
 * and {@link GraphChecks} checks what only the graph can tell. A submission that fails is refused and takes no
 * further part, so a refused submission writes nothing. The second phase resolves every node (keyed identifiers,
 * people, namesake places) and writes, in the order below.
 *
 * <p>One instance per transaction attempt: what it resolved belongs to that attempt.
 */
final class BatchWriter {

    private final Graph.Tx tx;
    private final Geocoding geocoding;
    private final Areas areas;
    private final Function<SubmissionReceipt, String> receiptJson;

    BatchWriter(Graph.Tx tx, Geocoding geocoding, Areas areas, Function<SubmissionReceipt, String> receiptJson) {
        this.tx = tx;
        this.geocoding = geocoding;
        this.areas = areas;
        this.receiptJson = receiptJson;
    }

    /** One result per candidate, in order. */
    List<IngestResult> write(List<SubmissionCandidate> candidates, Function<String, SubmissionReceipt> readReceipt) {
        IdempotencyTriage triage = IdempotencyTriage.read(tx, candidates);
        GraphChecks checks = GraphChecks.read(tx, geocoding, areas, candidates);
        IngestResult[] results = new IngestResult[candidates.size()];
        Map<Integer, PlannedSubmission> stored = new TreeMap<>();
        List<PlannedSubmission> fresh = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            SubmissionCandidate candidate = candidates.get(i);
            Conflict conflict = triage.conflict(candidate);
            String receipt = triage.storedReceipt(candidate);
            PlannedSubmission earlier = triage.plannedEarlier(candidate);
            if (conflict != null) {
                results[i] = new IngestResult.Refused(conflict);
            } else if (receipt != null) {
                results[i] = new IngestResult.Stored(readReceipt.apply(receipt), false);
            } else if (earlier != null) {
                stored.put(i, earlier);
            } else {
                try {
                    PlannedSubmission planned = checks.plan(candidate);
                    triage.planned(planned);
                    fresh.add(planned);
                    stored.put(i, planned);
                } catch (InvalidRequest e) {
                    results[i] = new IngestResult.Refused(e);
                }
            }
        }
        if (!fresh.isEmpty()) {
            writeAll(fresh);
        }
        // The first of a submission's occurrences in the batch created it; the later ones are its repeats.
        Set<PlannedSubmission> reported = new HashSet<>();
        stored.forEach((i, planned) -> results[i] = new IngestResult.Stored(planned.receipt, reported.add(planned)));
        return List.of(results);
    }

    private void writeAll(List<PlannedSubmission> batch) {
        SubmissionRecords records = new SubmissionRecords(tx, receiptJson);
        records.create(batch);
        new KeyedIdentifiers(tx).mergeAll(batch);
        new PeopleResolution(tx).resolve(batch);
        records.createPlacesAndIncidents(new NamesakePlaces(tx).resolve(batch), batch);
        new LinkFolding(tx).merge(batch);
        records.finish(batch);
    }
}
