package org.linkmap.service.hotspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.CountGrid;
import org.linkmap.geo.density.KernelDensity;
import org.linkmap.geo.shape.CellRegions;
import org.linkmap.model.submission.FieldError;
import org.springframework.stereotype.Component;

/**
 * Kernel density hotspots: a quartic kernel density surface on {@code cell}-metre cells with a {@code bandwidth}
 * search radius; the cells in the top {@code top} per cent of the cells with any
 * density, or at least {@code threshold} incidents per km² when one is given, joined into regions.
 *
 * <p>Defaults, by {@code bandwidthRule}: {@code local} (the default) takes 50 m cells, a 150 m bandwidth and the top
 * 2 per cent of cells: street scale, the scale at which outreach and patrols are tasked, the same wherever the map
 * looks, so a county shows a dozen or more hotspots and a district several. {@code arcgis} takes ArcGIS Pro's rule
 * (cell: the shorter side of the extent over 250; bandwidth: Silverman's rule on the standard distance, kilometres
 * wide over a county; top 1 per cent), which smooths a county into a few broad regions. The response's parameters
 * say which rule chose a default.
 *
 * <p>Score: the region's peak density, incidents per km², to two decimal places.
 */
@Component
class KernelDensityHotspots implements HotspotStrategy {

    /** The local rule: 50 m cells, a 150 m search radius, and the top 2 per cent of cells. */
    static final double LOCAL_CELL = 50;
    static final double LOCAL_BANDWIDTH = 150;
    static final double LOCAL_TOP_PERCENT = 2;

    private final GridTransform grid;

    KernelDensityHotspots(GridTransform grid) {
        this.grid = grid;
    }

    @Override
    public HotspotMethod method() {
        return HotspotMethod.KDE;
    }

    @Override
    public void check(HotspotParameters p, List<FieldError> errors) {
        HotspotParameters.range(errors, "cell", p.cell(), 10, 5_000);
        HotspotParameters.range(errors, "bandwidth", p.bandwidth(), 10, 20_000);
        HotspotParameters.range(errors, "top", p.top(), 0.01, 100);
        HotspotParameters.range(errors, "threshold", p.threshold(), 0.000001, 1e9);
        if (p.top() != null && p.threshold() != null) {
            errors.add(new FieldError("threshold", "give top or threshold, not both"));
        }
        if (p.bandwidthRule() != null && !p.bandwidthRule().equals("local") && !p.bandwidthRule().equals("arcgis")) {
            errors.add(new FieldError("bandwidthRule", "must be local or arcgis"));
        }
    }


    @Override
    public Detection detect(List<IncidentPoint> incidents, HotspotParameters p) {
        ProjectedIncidents projected = ProjectedIncidents.of(incidents, grid);
        boolean arcgis = "arcgis".equals(p.bandwidthRule());
        double cell = p.cell() != null ? p.cell()
                : arcgis ? Math.max(10, KernelDensity.defaultCell(projected.x(), projected.y())) : LOCAL_CELL;
        double bandwidth = p.bandwidth() != null ? p.bandwidth()
                : arcgis ? Math.max(cell, KernelDensity.defaultBandwidth(projected.x(), projected.y())) : LOCAL_BANDWIDTH;
        double top = p.top() != null ? p.top() : !arcgis && (p.cell() == null || p.bandwidth() == null) ? LOCAL_TOP_PERCENT : p.topOrDefault();
        List<Hotspot> hotspots = incidents.isEmpty() ? List.of()
                : hotspots(projected, cell, bandwidth, top, p.threshold());
        return new Detection(hotspots, echo(p, cell, bandwidth, top, arcgis ? "arcgis" : "local"));
    }

    private List<Hotspot> hotspots(ProjectedIncidents projected, double cellMetres, double bandwidthMetres,
                                   double topPercent, Double threshold) {
        CountGrid cells = CountGrid.of(projected.x(), projected.y(), cellMetres);
        double[] density = KernelDensity.estimate(projected.x(), projected.y(), cells, bandwidthMetres);
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
            hotspots.add(HotspotAssembly.fromRegion(method(), projected, cells, region, grid, HotspotAssembly.round(peak, 2), null));
        }
        return HotspotAssembly.rank(hotspots);
    }

    /** The density at or above which a cell is in the top {@code percent} of cells with any density. */
    static double topThreshold(double[] density, double percent) {
        double[] positive = Arrays.stream(density).filter(d -> d > 0).sorted().toArray();
        if (positive.length == 0) {
            return Double.POSITIVE_INFINITY;
        }
        int keep = Math.max(1, (int) Math.ceil(positive.length * percent / 100));
        return positive[positive.length - keep];
    }

    private static Map<String, Object> echo(HotspotParameters p, double usedCell, double usedBandwidth, double usedTop, String rule) {
        Map<String, Object> echo = new LinkedHashMap<>();
        if (p.cell() == null || p.bandwidth() == null) {
            echo.put("bandwidthRule", rule);
        }
        echo.put("cell", HotspotAssembly.round(usedCell, 1));
        echo.put("bandwidth", HotspotAssembly.round(usedBandwidth, 1));
        if (p.threshold() != null) {
            echo.put("threshold", p.threshold());
        } else {
            echo.put("top", usedTop);
        }
        echo.put("kernel", "quartic");
        return echo;
    }
}
