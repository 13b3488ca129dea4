package org.linkmap.service.hotspot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.CountGrid;
import org.linkmap.geo.density.GetisOrdGiStar;
import org.linkmap.geo.density.HexGrid;
import org.linkmap.geo.density.Lattice;
import org.linkmap.geo.shape.CellRegions;
import org.linkmap.model.submission.FieldError;
import org.springframework.stereotype.Component;

/**
 * Getis-Ord Gi* hotspots: incidents counted on square or hexagonal {@code cell}-metre cells, each cell's Gi* over
 * queen contiguity (square), its six neighbours (hexagon) or a fixed {@code distance} band; the cells significantly
 * hot after the Benjamini-Hochberg false discovery rate correction joined into regions.
 *
 * <p>Score: the region's highest z-score, to three decimal places; confidence the highest level (90, 95 or 99%)
 * any of its cells reached.
 */
@Component
class GiStarHotspots implements HotspotStrategy {

    private final GridTransform grid;

    GiStarHotspots(GridTransform grid) {
        this.grid = grid;
    }

    @Override
    public HotspotMethod method() {
        return HotspotMethod.GISTAR;
    }

    @Override
    public void check(HotspotParameters p, List<FieldError> errors) {
        HotspotParameters.range(errors, "cell", p.cell(), 10, 5_000);
        HotspotParameters.range(errors, "distance", p.distance(), 0, 20_000);
        if (p.shape() != null && !p.shape().equals("square") && !p.shape().equals("hexagon")) {
            errors.add(new FieldError("shape", "must be square or hexagon"));
        }
        if (p.hexagons() && p.distance() != null) {
            errors.add(new FieldError("distance", "applies to square cells; hexagons use their six neighbours"));
        }
    }

    @Override
    public Detection detect(List<IncidentPoint> incidents, HotspotParameters p) {
        List<Hotspot> hotspots = incidents.isEmpty() ? List.of()
                : hotspots(ProjectedIncidents.of(incidents, grid), p.cellOrDefault(), p.distance(), p.hexagons());
        return new Detection(hotspots, echo(p));
    }

    private List<Hotspot> hotspots(ProjectedIncidents projected, double cellMetres, Double distanceMetres, boolean hexagons) {
        Lattice cells = hexagons ? HexGrid.of(projected.x(), projected.y(), cellMetres)
                : CountGrid.of(projected.x(), projected.y(), cellMetres);
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
            hotspots.add(HotspotAssembly.fromRegion(method(), projected, cells, region, grid, HotspotAssembly.round(maxZ, 3),
                    confidence(bin)));
        }
        return HotspotAssembly.rank(hotspots);
    }

    /** The confidence, per cent, of a Gi* bin: 3 is 99%, 2 is 95%, 1 is 90%. */
    static int confidence(int bin) {
        return bin == 3 ? 99 : bin == 2 ? 95 : 90;
    }

    private static Map<String, Object> echo(HotspotParameters p) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("cell", p.cellOrDefault());
        echo.put("shape", p.hexagons() ? "hexagon" : "square");
        echo.put("neighbourhood", p.hexagons() ? "the six neighbouring hexagons, cell included"
                : p.distance() == null ? "queen contiguity, cell included" : "distance band " + p.distance() + " m, cell included");
        echo.put("significance", "Benjamini-Hochberg false discovery rate, 90/95/99%");
        return echo;
    }
}
