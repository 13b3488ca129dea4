package org.linkmap.service.mace;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.model.EntityKind;
import org.linkmap.service.area.Areas;
import org.linkmap.service.access.Disclosure;
import org.linkmap.service.access.NodeSummary;
import org.linkmap.service.neo4j.Graph;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

/**
 * Measures a disruption's effect as crime analysts do. At a place the target area is a circle of
 * {@code radius} metres around a location (or the hotspot's outline itself), the buffer a ring {@code buffer}
 * metres wide around it, and the control the rest of the control area (by default the area the target lies in).
 * Distances are taken in British National Grid metres. Only incidents and submissions in the reader's view count.
 */
@Component
class DisruptionEffect {

    private final Graph graph;
    private final Areas areas;
    private final GridTransform grid;
    private final Disclosure disclosure;

    DisruptionEffect(Graph graph, Areas areas, GridTransform grid, Disclosure disclosure) {
        this.graph = graph;
        this.areas = areas;
        this.grid = grid;
        this.disclosure = disclosure;
    }

    /** The parameters of one measurement, already checked. */
    record Query(double radiusMetres, double bufferMetres, int days, String controlArea, List<String> types) {
    }

    Effect measure(Disruptions.Stored stored, Query q) {
        Disruption d = stored.disruption();
        Target target = stored.target();
        LocalDate date = d.date();
        Effect.Period before = new Effect.Period(date.minusDays(q.days()), date.minusDays(1));
        Effect.Period after = new Effect.Period(date, date.plusDays(q.days() - 1L));
        boolean isPlace = target.hotspotGeometry() != null || (target.node().kind() == EntityKind.LOCATION && target.point() != null);
        if (!isPlace) {
            long[] counts = subject(target.id(), date, q.days());
            return new Effect(d.id(), "SUBJECT", date, q.days(), before, after, Effect.Counts.subject(counts[0], counts[2]),
                    Effect.Counts.subject(counts[1], counts[3]), null, null, null, null, null, null);
        }
        Geometry area = target.hotspotGeometry() != null ? Geometries.toGrid(target.hotspotGeometry(), grid)
                : gridPoint(target.point()).buffer(q.radiusMetres(), 32);
        Geometry outer = area.buffer(q.bufferMetres(), 32);
        String control = q.controlArea() != null ? q.controlArea() : controlAreaOf(area);
        long[] c = place(area, outer, control, date, q);
        Long controlBefore = control == null ? null : c[4];
        Long controlAfter = control == null ? null : c[5];
        Double success = control == null ? null : Wdq.success(c[0], c[1], c[4], c[5]);
        Double wdq = control == null ? null : Wdq.of(c[0], c[1], c[2], c[3], c[4], c[5]);
        return new Effect(d.id(), "PLACE", date, q.days(), before, after, Effect.Counts.place(c[0], c[2], controlBefore),
                Effect.Counts.place(c[1], c[3], controlAfter), success, wdq,
                interpretation(after, control == null ? "No control area: give controlArea." : Wdq.interpretation(success, wdq)),
                target.hotspotGeometry() != null ? null : q.radiusMetres(), q.bufferMetres(), control);
    }

    /** The reading of the measures, said to be provisional while the period after the disruption has not ended. */
    private static String interpretation(Effect.Period after, String reading) {
        LocalDate today = LocalDate.now(ReferralCalendar.LOCAL);
        return after.to().isBefore(today) ? reading
                : "Too early to judge: the period after the disruption runs to " + after.to() + ", so its counts are not yet "
                        + "complete. So far: " + reading;
    }

    /** Counts {targetBefore, targetAfter, bufferBefore, bufferAfter, controlBefore, controlAfter}. */
    private long[] place(Geometry area, Geometry outer, String control, LocalDate date, Query q) {
        PreparedGeometry inTarget = PreparedGeometryFactory.prepare(area);
        PreparedGeometry inOuter = PreparedGeometryFactory.prepare(outer);
        OffsetDateTime split = Agendas.startOf(date);
        long[] counts = new long[6];
        Map<String, Object> p = new HashMap<>(box(outer, control));
        p.put("from", Agendas.startOf(date.minusDays(q.days())));
        p.put("to", Agendas.startOf(date.plusDays(q.days())));
        p.put("types", q.types());
        graph.read(tx -> tx.list("mace/find-effect-incidents", p, r -> r)).forEach(r -> {
            if (!disclosure.inScope(NodeSummary.from(r.get("id"), r.get("labels"), r.get("properties")))) {
                return;
            }
            double lon = r.get("longitude").asDouble();
            double lat = r.get("latitude").asDouble();
            Geometry at = gridPoint(new double[] {lon, lat});
            int after = r.get("occurredAt").asOffsetDateTime().isBefore(split) ? 0 : 1;
            if (inTarget.covers(at)) {
                counts[after]++;
            } else if (inOuter.covers(at)) {
                counts[2 + after]++;
            } else if (control != null && areas.contains(control, lon, lat)) {
                counts[4 + after]++;
            }
        });
        return counts;
    }

    /** Counts {incidentsBefore, incidentsAfter, intelligenceBefore, intelligenceAfter}. */
    private long[] subject(String id, LocalDate date, int days) {
        OffsetDateTime split = Agendas.startOf(date);
        Map<String, Object> p = Map.of("id", id, "from", Agendas.startOf(date.minusDays(days)), "to", Agendas.startOf(date.plusDays(days)));
        long[] counts = new long[4];
        graph.read(tx -> tx.optional("mace/find-subject-activity", p, r -> r)).ifPresent(r -> {
            count(r.get("incidents"), split, counts, 0,
                    e -> disclosure.inScope(NodeSummary.from(e.get("id"), e.get("labels"), e.get("properties"))));
            count(r.get("submissions"), split, counts, 2, e -> disclosure.seesLink(List.of(e.get("id").asString())));
        });
        return counts;
    }

    private static void count(Value events, OffsetDateTime split, long[] counts, int offset,
                              java.util.function.Predicate<Value> inView) {
        for (Value e : events.values()) {
            if (inView.test(e)) {
                counts[offset + (e.get("at").asOffsetDateTime().isBefore(split) ? 0 : 1)]++;
            }
        }
    }

    private String controlAreaOf(Geometry gridArea) {
        var centre = gridArea.getInteriorPoint();
        double[] lonLat = grid.toWgs84(centre.getX(), centre.getY());
        return areas.areaOf(lonLat[0], lonLat[1]).orElse(null);
    }

    /** A longitude/latitude box holding the target, its buffer and the control area. */
    private Map<String, Object> box(Geometry outer, String control) {
        Envelope e = outer.getEnvelopeInternal();
        double[] min = grid.toWgs84(e.getMinX(), e.getMinY());
        double[] max = grid.toWgs84(e.getMaxX(), e.getMaxY());
        double[] box = {Math.min(min[0], max[0]), Math.min(min[1], max[1]), Math.max(min[0], max[0]), Math.max(min[1], max[1])};
        if (control != null) {
            areas.bounds(control).ifPresent(b -> {
                box[0] = Math.min(box[0], b[0]);
                box[1] = Math.min(box[1], b[1]);
                box[2] = Math.max(box[2], b[2]);
                box[3] = Math.max(box[3], b[3]);
            });
        }
        // The corners of a projected box are not the extremes of its curved image in degrees: widen a little.
        double pad = 0.01;
        return Map.of("minLongitude", box[0] - pad, "minLatitude", box[1] - pad, "maxLongitude", box[2] + pad,
                "maxLatitude", box[3] + pad);
    }

    private Geometry gridPoint(double[] lonLat) {
        double[] en = grid.toBritishNationalGrid(lonLat[0], lonLat[1]);
        return Geometries.point(en[0], en[1]);
    }
}
