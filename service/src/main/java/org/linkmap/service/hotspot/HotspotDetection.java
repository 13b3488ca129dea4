package org.linkmap.service.hotspot;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.linkmap.geo.cluster.Clustering;
import org.linkmap.geo.cluster.Dbscan;
import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.CountGrid;
import org.linkmap.geo.density.EmergingHotSpots;
import org.linkmap.geo.density.HexGrid;
import org.linkmap.geo.density.Lattice;
import org.linkmap.geo.density.GetisOrdGiStar;
import org.linkmap.geo.density.KernelDensity;
import org.linkmap.geo.shape.CellRegions;
import org.linkmap.geo.shape.HotspotShapes;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Component;

/**
 * Finds hotspots among incidents in British National Grid metres, by DBSCAN (each cluster outlined by its
 * buffered convex hull), kernel density (the densest cells) or Getis-Ord Gi* (the significantly hot cells),
 * and ranks them.
 *
 * <p>Score: for DBSCAN, incidents count once and every distinct child or person of interest involved counts
 * twice more, so a place where many known people meet outranks a place of many anonymous reports; for kernel
 * density, the region's peak density (incidents per km²); for Gi*, its highest z-score. Ties go to the
 * region with more incidents. A hotspot's id is derived from the method and its incidents, so the same data and
 * parameters always give the same id, and {@code GET /api/hotspots/{id}} can find it again.
 */
@Component
class HotspotDetection {

    /** Weight of each distinct child or person of interest in the score. */
    static final double PERSON_WEIGHT = 2.0;

    private final GridTransform grid;

    HotspotDetection(GridTransform grid) {
        this.grid = grid;
    }

    List<Hotspot> dbscan(List<IncidentPoint> incidents, double epsMetres, int minPoints) {
        return dbscan(incidents, epsMetres, minPoints, false);
    }

    /** @param concave outline each cluster with a concave rather than a convex hull */
    List<Hotspot> dbscan(List<IncidentPoint> incidents, double epsMetres, int minPoints, boolean concave) {
        double[][] xy = project(incidents);
        double[] x = xy[0];
        double[] y = xy[1];
        Clustering clustering = Dbscan.cluster(x, y, epsMetres, minPoints);
        double buffer = bufferMetres(epsMetres);
        List<Hotspot> hotspots = new ArrayList<>();
        for (int[] members : clustering.members()) {
            Polygon outline = HotspotShapes.toWgs84(HotspotShapes.bufferedHull(x, y, members, buffer, concave), grid);
            hotspots.add(summarise("dbscan", incidents, members, HotspotShapes.rfc7946Rings(outline), members.length, null));
        }
        return rank(hotspots);
    }

    /**
     * Kernel density hotspots: the cells whose density is in the top {@code topPercent} per cent of the cells
     * with any density, or at least {@code threshold} when one is given, joined into regions; a region's score
     * is its peak density (incidents per km²).
     */
    List<Hotspot> kde(List<IncidentPoint> incidents, double cellMetres, double bandwidthMetres, double topPercent, Double threshold) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        double[][] xy = project(incidents);
        CountGrid cells = CountGrid.of(xy[0], xy[1], cellMetres);
        double[] density = KernelDensity.estimate(xy[0], xy[1], cells, bandwidthMetres);
        double cutoff = threshold != null ? threshold : topThreshold(density, topPercent);
        boolean[] selected = new boolean[density.length];
        for (int c = 0; c < density.length; c++) {
            selected[c] = density[c] > 0 && density[c] >= cutoff;
        }
        List<Hotspot> hotspots = new ArrayList<>();
        for (CellRegions.Region region : CellRegions.of(cells, selected)) {
            double peak = 0;
            for (int c : region.cells()) {
                peak = Math.max(peak, density[c]);
            }
            hotspots.add(fromRegion("kde", incidents, xy, cells, region, Math.round(peak * 100) / 100.0, null));
        }
        return rank(hotspots);
    }

    /**
     * Getis-Ord Gi* hotspots: the cells significantly hot after the false discovery rate correction, joined
     * into regions; a region's score is its highest z-score and its confidence the highest level reached.
     */
    List<Hotspot> gistar(List<IncidentPoint> incidents, double cellMetres, Double distanceMetres, boolean hexagons) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        double[][] xy = project(incidents);
        Lattice cells = hexagons ? HexGrid.of(xy[0], xy[1], cellMetres) : CountGrid.of(xy[0], xy[1], cellMetres);
        GetisOrdGiStar.Result result = distanceMetres == null ? GetisOrdGiStar.contiguity(cells)
                : GetisOrdGiStar.distanceBand((CountGrid) cells, distanceMetres);
        boolean[] hot = new boolean[cells.size()];
        for (int c = 0; c < hot.length; c++) {
            hot[c] = result.bin()[c] > 0;
        }
        List<Hotspot> hotspots = new ArrayList<>();
        for (CellRegions.Region region : CellRegions.of(cells, hot)) {
            double maxZ = 0;
            int bin = 0;
            for (int c : region.cells()) {
                maxZ = Math.max(maxZ, result.z()[c]);
                bin = Math.max(bin, result.bin()[c]);
            }
            int confidence = bin == 3 ? 99 : bin == 2 ? 95 : 90;
            hotspots.add(fromRegion("gistar", incidents, xy, cells, region, Math.round(maxZ * 1000) / 1000.0, confidence));
        }
        return rank(hotspots);
    }

    /** Time slices for emerging hot spots. */
    enum Slice { MONTH, WEEK }

    /**
     * Emerging hot spots: incidents counted per cell and per calendar month or ISO week (UTC) from the first
     * incident's slice to the last's; each cell categorised by how its Gi* status changed; cells of the same
     * category joined into regions. A region's score is its highest Gi* z-score in the final slice.
     */
    List<Hotspot> emerging(List<IncidentPoint> incidents, double cellMetres, Slice unit) {
        if (incidents.isEmpty()) {
            return List.of();
        }
        double[][] xy = project(incidents);
        CountGrid cells = CountGrid.of(xy[0], xy[1], cellMetres);
        java.time.LocalDate first = incidents.stream().map(i -> start(i.occurredAt(), unit)).min(java.util.Comparator.naturalOrder()).orElseThrow();
        int[] sliceOf = new int[incidents.size()];
        int slices = 0;
        for (int i = 0; i < incidents.size(); i++) {
            sliceOf[i] = (int) (unit == Slice.MONTH
                    ? java.time.temporal.ChronoUnit.MONTHS.between(first, start(incidents.get(i).occurredAt(), unit))
                    : java.time.temporal.ChronoUnit.WEEKS.between(first, start(incidents.get(i).occurredAt(), unit)));
            slices = Math.max(slices, sliceOf[i] + 1);
        }
        if ((long) slices * cells.size() > 20_000_000L || slices < 2) {
            throw new IllegalArgumentException(slices < 2 ? "the incidents span fewer than two " + unit.name().toLowerCase() + "s"
                    : "too many cells times slices; use larger cells, a shorter period or a smaller area");
        }
        double[][] counts = new double[slices][cells.size()];
        for (int i = 0; i < incidents.size(); i++) {
            counts[sliceOf[i]][cells.indexOf(xy[0][i], xy[1][i])]++;
        }
        EmergingHotSpots.Result result = EmergingHotSpots.analyse(cells, counts);
        List<Hotspot> hotspots = new ArrayList<>();
        for (EmergingHotSpots.Category category : EmergingHotSpots.Category.values()) {
            if (category == EmergingHotSpots.Category.NONE) {
                continue;
            }
            boolean[] selected = new boolean[cells.size()];
            for (int c = 0; c < selected.length; c++) {
                selected[c] = result.category()[c] == category;
            }
            for (CellRegions.Region region : CellRegions.of(cells, selected)) {
                double maxZ = Double.NEGATIVE_INFINITY;
                for (int c : region.cells()) {
                    maxZ = Math.max(maxZ, result.finalZ()[c]);
                }
                hotspots.add(fromRegion("emerging", incidents, xy, cells, region, Math.round(maxZ * 1000) / 1000.0, null)
                        .categorised(category.name()));
            }
        }
        return rank(hotspots);
    }

    private static java.time.LocalDate start(java.time.OffsetDateTime at, Slice unit) {
        java.time.LocalDate day = at.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
        return unit == Slice.MONTH ? day.withDayOfMonth(1) : day.with(java.time.DayOfWeek.MONDAY);
    }

    private Hotspot fromRegion(String method, List<IncidentPoint> incidents, double[][] xy, Lattice cells,
                               CellRegions.Region region, double score, Integer confidence) {
        java.util.Set<Integer> inRegion = new HashSet<>();
        for (int c : region.cells()) {
            inRegion.add(c);
        }
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < incidents.size(); i++) {
            if (inRegion.contains(cells.indexOf(xy[0][i], xy[1][i]))) {
                members.add(i);
            }
        }
        Polygon outline = HotspotShapes.toWgs84(region.outline(), grid);
        return summarise(method, incidents, members.stream().mapToInt(Integer::intValue).toArray(),
                HotspotShapes.rfc7946Rings(outline), score, confidence);
    }

    /** The density at or above which a cell is in the top {@code percent} of cells with any density. */
    private static double topThreshold(double[] density, double percent) {
        double[] positive = java.util.Arrays.stream(density).filter(d -> d > 0).sorted().toArray();
        if (positive.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        int keep = Math.max(1, (int) Math.ceil(positive.length * percent / 100));
        return positive[positive.length - keep];
    }

    /** The eps the k-distance curve of these incidents suggests for {@code minPoints}, in metres. */
    double suggestEps(List<IncidentPoint> incidents, int minPoints) {
        double[][] xy = project(incidents);
        return org.linkmap.geo.cluster.EpsSuggestion.suggest(xy[0], xy[1], minPoints);
    }

    /** The incidents in British National Grid metres: {@code [x[], y[]]}. */
    double[][] projected(List<IncidentPoint> incidents) {
        return project(incidents);
    }

    private double[][] project(List<IncidentPoint> incidents) {
        int n = incidents.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double[] en = grid.toBritishNationalGrid(incidents.get(i).longitude(), incidents.get(i).latitude());
            x[i] = en[0];
            y[i] = en[1];
        }
        return new double[][] {x, y};
    }

    static double bufferMetres(double epsMetres) {
        return HotspotShapes.bufferFor(epsMetres);
    }

    private static Hotspot summarise(String method, List<IncidentPoint> incidents, int[] members, double[][][] rings,
                                     double baseScore, Integer confidence) {
        Set<String> children = new HashSet<>();
        Set<String> persons = new HashSet<>();
        List<String> ids = new ArrayList<>();
        OffsetDateTime first = null;
        OffsetDateTime last = null;
        for (int i : members) {
            IncidentPoint incident = incidents.get(i);
            ids.add(incident.id());
            children.addAll(incident.children());
            persons.addAll(incident.personsOfInterest());
            first = first == null || incident.occurredAt().isBefore(first) ? incident.occurredAt() : first;
            last = last == null || incident.occurredAt().isAfter(last) ? incident.occurredAt() : last;
        }
        ids.sort(null);
        double score = method.equals("dbscan") ? baseScore + PERSON_WEIGHT * (children.size() + persons.size()) : baseScore;
        String id = UUID.nameUUIDFromBytes((method + ":" + String.join(",", ids)).getBytes(StandardCharsets.UTF_8)).toString();
        return new Hotspot(id, 0, method, score, members.length, children.size(), persons.size(), first, last, rings, ids, confidence, null);
    }

    private static List<Hotspot> rank(List<Hotspot> hotspots) {
        List<Hotspot> sorted = new ArrayList<>(hotspots);
        sorted.sort(Comparator.comparingDouble(Hotspot::score).reversed()
                .thenComparing(Comparator.comparingInt(Hotspot::incidentCount).reversed())
                .thenComparing(Hotspot::id));
        List<Hotspot> ranked = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            ranked.add(sorted.get(k).ranked(k + 1));
        }
        return ranked;
    }
}
