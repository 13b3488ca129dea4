package org.linkmap.service.hotspot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.CountGrid;
import org.linkmap.geo.density.EmergingHotSpots;
import org.linkmap.geo.shape.CellRegions;
import org.linkmap.model.submission.FieldError;
import org.linkmap.service.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * Emerging hot spots: incidents counted per {@code cell}-metre cell and per calendar month or ISO week (UTC), from
 * the first incident's slice to the last's; each cell categorised (ArcGIS's categories) by how its Gi* status
 * changed over the slices and the Mann-Kendall trend of its z-scores; cells of one category joined into regions.
 *
 * <p>Score: the region's highest Gi* z-score in the final slice, to three decimal places.
 */
@Component
class EmergingHotspots implements HotspotStrategy {

    /** Time slices. */
    enum Slice { MONTH, WEEK }

    /** Cells times slices beyond which the cube would not fit comfortably in memory. */
    private static final long MAX_CUBE = 20_000_000L;

    private final GridTransform grid;

    EmergingHotspots(GridTransform grid) {
        this.grid = grid;
    }

    @Override
    public HotspotMethod method() {
        return HotspotMethod.EMERGING;
    }

    @Override
    public void check(HotspotParameters p, List<FieldError> errors) {
        HotspotParameters.range(errors, "cell", p.cell(), 10, 5_000);
        if (p.slice() != null && !p.slice().equals("month") && !p.slice().equals("week")) {
            errors.add(new FieldError("slice", "must be month or week"));
        }
    }

    @Override
    public Detection detect(List<IncidentPoint> incidents, HotspotParameters p) {
        List<Hotspot> hotspots = incidents.isEmpty() ? List.of()
                : hotspots(ProjectedIncidents.of(incidents, grid), p.cellOrDefault(), p.sliceOrDefault());
        return new Detection(hotspots, echo(p));
    }

    private List<Hotspot> hotspots(ProjectedIncidents projected, double cellMetres, Slice unit) {
        CountGrid cells = CountGrid.of(projected.x(), projected.y(), cellMetres);
        int[] sliceOf = slices(projected.incidents(), unit);
        int slices = 1 + Arrays.stream(sliceOf).max().orElse(0);
        if (slices < 2) {
            throw new InvalidRequest("from", "the incidents span fewer than two " + unit.name().toLowerCase() + "s");
        }
        if ((long) slices * cells.size() > MAX_CUBE) {
            throw new IllegalArgumentException("too many cells times slices; use larger cells, a shorter period or a smaller area");
        }
        double[][] counts = new double[slices][cells.size()];
        for (int i = 0; i < projected.size(); i++) {
            counts[sliceOf[i]][projected.cellOf(cells, i)]++;
        }
        EmergingHotSpots.Result result = EmergingHotSpots.analyse(cells, counts);
        List<Hotspot> hotspots = new ArrayList<>();
        for (EmergingHotSpots.Category category : EmergingHotSpots.Category.values()) {
            if (category != EmergingHotSpots.Category.NONE) {
                hotspots.addAll(regionsOf(category, result, projected, cells));
            }
        }
        return HotspotAssembly.rank(hotspots);
    }

    private List<Hotspot> regionsOf(EmergingHotSpots.Category category, EmergingHotSpots.Result result,
                                    ProjectedIncidents projected, CountGrid cells) {
        boolean[] selected = new boolean[cells.size()];
        for (int c = 0; c < selected.length; c++) {
            selected[c] = result.category()[c] == category;
        }
        List<Hotspot> hotspots = new ArrayList<>();
        for (CellRegions.Region region : CellRegions.of(cells, selected)) {
            double maxZ = Double.NEGATIVE_INFINITY;
            for (int c : region.cells()) {
                maxZ = Math.max(maxZ, result.finalZ()[c]);
            }
            hotspots.add(HotspotAssembly.fromRegion(method(), projected, cells, region, grid, HotspotAssembly.round(maxZ, 3), null)
                    .categorised(category.name()));
        }
        return hotspots;
    }

    /** Each incident's slice, counted from the first incident's slice (0). */
    static int[] slices(List<IncidentPoint> incidents, Slice unit) {
        LocalDate first = incidents.stream().map(i -> start(i.occurredAt(), unit)).min(Comparator.naturalOrder()).orElseThrow();
        ChronoUnit step = unit == Slice.MONTH ? ChronoUnit.MONTHS : ChronoUnit.WEEKS;
        int[] sliceOf = new int[incidents.size()];
        for (int i = 0; i < incidents.size(); i++) {
            sliceOf[i] = (int) step.between(first, start(incidents.get(i).occurredAt(), unit));
        }
        return sliceOf;
    }

    private static LocalDate start(OffsetDateTime at, Slice unit) {
        LocalDate day = at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        return unit == Slice.MONTH ? day.withDayOfMonth(1) : day.with(DayOfWeek.MONDAY);
    }

    private static Map<String, Object> echo(HotspotParameters p) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("cell", p.cellOrDefault());
        echo.put("slice", p.sliceOrDefault().name().toLowerCase());
        echo.put("neighbourhood", "queen contiguity, cell included, this and the previous slice");
        echo.put("significance", "Gi* at 90% after the false discovery rate correction; Mann-Kendall trend at 95%");
        return echo;
    }
}
