package org.linkmap.service.hotspot;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.linkmap.service.area.Areas;
import org.linkmap.service.neo4j.Graph;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/**
 * Every incident's id, type, time, point and area, held in memory as columns, so that the map and the hotspot
 * methods select a year of a county (200,000 incidents) in milliseconds instead of reading it from the graph on
 * every view. Incidents are never changed once written, so the index is right as long as the graph holds the same
 * incidents: each use first asks the graph for their count and newest and oldest ids (three index lookups) and
 * reads them all again when that has changed. Nothing but the graph is the truth; several instances each keep
 * their own index. The people involved are not held here: they change with merges and new links and are read per
 * request ({@code hotspot/find-involvements}).
 *
 * <p>Thread-safe: a snapshot is immutable and replaced whole.
 */
@Component
class IncidentIndex {

    private final Graph graph;
    private final Areas areas;
    private volatile Snapshot snapshot = new Snapshot("", new String[0], new String[0], new OffsetDateTime[0], new double[0],
            new double[0], new String[0], new String[0]);

    IncidentIndex(Graph graph, Areas areas) {
        this.graph = graph;
        this.areas = areas;
    }

    /**
     * The incidents as columns, row {@code k} of each array describing one incident.
     *
     * @param area     the area its point lies in, or null
     * @param district the ONS code of the district its point lies in, or null
     */
    record Snapshot(String version, String[] id, String[] type, OffsetDateTime[] occurredAt, double[] longitude,
                    double[] latitude, String[] area, String[] district) {
        int size() {
            return id.length;
        }
    }

    /** The incidents as the graph holds them now. */
    Snapshot current() {
        String version = graph.read(tx -> tx.optional("hotspot/find-incident-version", Map.of(), IncidentIndex::version)).orElse("");
        Snapshot held = snapshot;
        if (held.version().equals(version)) {
            return held;
        }
        synchronized (this) {
            if (!snapshot.version().equals(version)) {
                snapshot = load(version);
            }
            return snapshot;
        }
    }

    private static String version(Record r) {
        return r.get("count").asLong() + "|" + r.get("newest").asString("") + "|" + r.get("oldest").asString("");
    }

    private Snapshot load(String version) {
        List<Record> rows = graph.read(tx -> tx.list("hotspot/list-incident-points", Map.of(), r -> r));
        int n = rows.size();
        Snapshot s = new Snapshot(version, new String[n], new String[n], new OffsetDateTime[n], new double[n], new double[n],
                new String[n], new String[n]);
        for (int k = 0; k < n; k++) {
            Record r = rows.get(k);
            s.id()[k] = r.get("id").asString();
            s.type()[k] = r.get("incidentType").asString();
            s.occurredAt()[k] = r.get("occurredAt").asZonedDateTime().toOffsetDateTime();
            s.longitude()[k] = r.get("longitude").asDouble();
            s.latitude()[k] = r.get("latitude").asDouble();
            s.area()[k] = areas.areaOf(s.longitude()[k], s.latitude()[k]).orElse(null);
            s.district()[k] = s.area()[k] == null ? null : areas.districtOf(s.longitude()[k], s.latitude()[k]).orElse(null);
        }
        return s;
    }
}
