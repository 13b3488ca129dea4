package org.linkmap.service.hotspot;

import java.time.temporal.ChronoUnit;
import java.util.List;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * Estimates what a hotspot request will cost before it runs, from the incidents it matched and its parameters,
 * and refuses it (400, naming the parameter to change and the limit) when the estimate exceeds
 * {@link HotspotLimits}:
 * <ul>
 * <li>grid cells: the incidents' extent in British National Grid metres over {@code cell}² (hexagons: over
 * {@code cell}² × √3/2), times the number of slices for emerging hot spots;</li>
 * <li>work: cells × neighbourhood for Gi* (9 cells for queen contiguity, 7 for hexagons, the cells within
 * {@code distance} for a band; 18 across two slices for emerging), incidents × (2⌈bandwidth / cell⌉ + 1)² for
 * kernel density;</li>
 * <li>incidents, for DBSCAN.</li>
 * </ul>
 * The extent is taken from the incidents' longitude/latitude box, projected at its corners and edge midpoints;
 * over Great Britain this is within a few per cent of the projected points' own box.
 */
@Component
class HotspotCost {

    private final GridTransform grid;
    private final HotspotLimits limits;

    HotspotCost(GridTransform grid, HotspotLimits limits) {
        this.grid = grid;
        this.limits = limits;
    }

    /** @throws InvalidRequest when the request would cost more than the limits allow */
    void check(String method, HotspotParameters p, List<IncidentPoint> points) {
        if (points.isEmpty()) {
            return;
        }
        if (points.size() > limits.maxPoints()) {
            refuse("from", "the filter matches " + points.size() + " incidents; a hotspot request takes at most "
                    + limits.maxPoints() + ": choose a shorter period, an area or a bbox");
        }
        double[] size = extentMetres(points);
        switch (method) {
            case "kde" -> kde(p, size, points.size());
            case "gistar" -> gistar(p, size);
            case "emerging" -> emerging(p, size, slices(points, p.sliceOrDefault()));
            default -> { }
        }
    }

    private void kde(HotspotParameters p, double[] size, int n) {
        double cell = p.cell() != null ? p.cell() : Math.max(10, Math.min(size[0], size[1]) / 250);
        double cells = cells(size, cell);
        if (cells > limits.maxCells()) {
            refuse("cell", tooManyCells(cells, cell));
        }
        double bandwidth = p.bandwidth() != null ? p.bandwidth() : cell;
        double footprint = Math.pow(2 * Math.ceil(bandwidth / cell) + 1, 2);
        if (p.bandwidth() != null && n * footprint > limits.maxWork()) {
            refuse("bandwidth", "a bandwidth of " + fmt(bandwidth) + " m over " + fmt(cell) + " m cells means about "
                    + fmt(n * footprint) + " cell visits; at most " + limits.maxWork() + " are allowed: use a smaller bandwidth or larger cells");
        }
    }

    private void gistar(HotspotParameters p, double[] size) {
        double cell = p.cellOrDefault();
        double cells = p.hexagons() ? size[0] * size[1] / (cell * cell * Math.sqrt(3) / 2) : cells(size, cell);
        if (cells > limits.maxCells()) {
            refuse("cell", tooManyCells(cells, cell));
        }
        if (p.distance() != null) {
            double reach = Math.floor(p.distance() / cell);
            double band = Math.PI * reach * reach + 4 * reach + 1;
            if (cells * band > limits.maxWork()) {
                refuse("distance", "a distance band of " + fmt(p.distance()) + " m over " + fmt(cells) + " cells of " + fmt(cell)
                        + " m means about " + fmt(cells * band) + " neighbour visits; at most " + limits.maxWork()
                        + " are allowed: use a shorter distance, larger cells or a smaller area");
            }
        }
    }

    private void emerging(HotspotParameters p, double[] size, long slices) {
        double cell = p.cellOrDefault();
        double bins = cells(size, cell) * slices;
        if (bins > limits.maxCells() || bins * 18 > limits.maxWork()) {
            refuse("cell", "cells of " + fmt(cell) + " m over " + slices + " " + p.sliceOrDefault().name().toLowerCase()
                    + "s make about " + fmt(bins) + " space-time bins; at most " + limits.maxCells()
                    + " are allowed: use larger cells, monthly slices, a shorter period or a smaller area");
        }
    }

    private String tooManyCells(double cells, double cell) {
        return "cells of " + fmt(cell) + " m over these incidents' extent make about " + fmt(cells) + " cells; at most "
                + limits.maxCells() + " are allowed: use larger cells or a smaller area";
    }

    private static double cells(double[] size, double cell) {
        return (Math.floor(size[0] / cell) + 2) * (Math.floor(size[1] / cell) + 2);
    }

    private static long slices(List<IncidentPoint> points, EmergingHotspots.Slice unit) {
        var first = points.stream().map(IncidentPoint::occurredAt).min(java.util.Comparator.naturalOrder()).orElseThrow();
        var last = points.stream().map(IncidentPoint::occurredAt).max(java.util.Comparator.naturalOrder()).orElseThrow();
        return (unit == EmergingHotspots.Slice.MONTH ? ChronoUnit.MONTHS : ChronoUnit.WEEKS).between(first, last) + 2;
    }

    /** Width and height in metres of the incidents' box, projected at its corners and edge midpoints. */
    private double[] extentMetres(List<IncidentPoint> points) {
        double minLon = Double.POSITIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (IncidentPoint point : points) {
            minLon = Math.min(minLon, point.longitude());
            maxLon = Math.max(maxLon, point.longitude());
            minLat = Math.min(minLat, point.latitude());
            maxLat = Math.max(maxLat, point.latitude());
        }
        double[] xs = new double[9];
        double[] ys = new double[9];
        int k = 0;
        for (double lon : new double[] {minLon, (minLon + maxLon) / 2, maxLon}) {
            for (double lat : new double[] {minLat, (minLat + maxLat) / 2, maxLat}) {
                double[] en = grid.toBritishNationalGrid(lon, lat);
                xs[k] = en[0];
                ys[k++] = en[1];
            }
        }
        return new double[] {range(xs), range(ys)};
    }

    private static double range(double[] values) {
        return java.util.Arrays.stream(values).max().orElse(0) - java.util.Arrays.stream(values).min().orElse(0);
    }

    private static void refuse(String field, String message) {
        throw new InvalidRequest(field, message);
    }

    private static String fmt(double value) {
        return String.format(java.util.Locale.ROOT, "%,.0f", value);
    }
}
