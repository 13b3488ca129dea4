package org.linkmap.service.hotspot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.linkmap.model.submission.FieldError;

/**
 * The query parameters of every hotspot method, bound by name from the request. Each method checks and
 * echoes the ones it uses, with the defaults it applied, so a printed map can say how it was made.
 *
 * @param eps       DBSCAN neighbourhood in metres (default 150)
 * @param minPoints DBSCAN points needed, the point itself counted (default 5)
 * @param cell      grid cell in metres for kde and gistar (gistar default 150; kde default ArcGIS's)
 * @param bandwidth kde search radius in metres (default ArcGIS's rule)
 * @param top       kde: per cent of cells with any density that count as hot (default 1)
 * @param threshold kde: instead of {@code top}, the density (incidents per km²) at or above which a cell is hot
 * @param distance  gistar fixed distance band in metres (default: queen contiguity)
 * @param slice     emerging: {@code month} (default) or {@code week}
 * @param shape     gistar: {@code square} (default) or {@code hexagon} cells
 * @param hull      dbscan: {@code convex} (default) or {@code concave} outlines
 */
record HotspotParameters(Double eps, Integer minPoints, Double cell, Double bandwidth, Double top, Double threshold,
                         Double distance, String slice, String shape, String hull) {

    static final double DEFAULT_EPS = 150;
    static final int DEFAULT_MIN_POINTS = 5;
    static final double DEFAULT_GISTAR_CELL = 150;
    static final double DEFAULT_TOP_PERCENT = 1;

    double epsOrDefault() {
        return eps == null ? DEFAULT_EPS : eps;
    }

    int minPointsOrDefault() {
        return minPoints == null ? DEFAULT_MIN_POINTS : minPoints;
    }

    double cellOrDefault() {
        return cell == null ? DEFAULT_GISTAR_CELL : cell;
    }

    double topOrDefault() {
        return top == null ? DEFAULT_TOP_PERCENT : top;
    }

    void checkDbscan(List<FieldError> errors) {
        range(errors, "eps", eps, 1, 5_000);
        if (minPoints != null && (minPoints < 1 || minPoints > 1_000)) {
            errors.add(new FieldError("minPoints", "must be between 1 and 1000"));
        }
        if (hull != null && !hull.equals("convex") && !hull.equals("concave")) {
            errors.add(new FieldError("hull", "must be convex or concave"));
        }
    }

    boolean concave() {
        return "concave".equals(hull);
    }

    void checkKde(List<FieldError> errors) {
        range(errors, "cell", cell, 10, 5_000);
        range(errors, "bandwidth", bandwidth, 10, 20_000);
        range(errors, "top", top, 0.01, 100);
        range(errors, "threshold", threshold, 0.000001, 1e9);
        if (top != null && threshold != null) {
            errors.add(new FieldError("threshold", "give top or threshold, not both"));
        }
    }

    void checkGistar(List<FieldError> errors) {
        range(errors, "cell", cell, 10, 5_000);
        range(errors, "distance", distance, 0, 20_000);
        if (shape != null && !shape.equals("square") && !shape.equals("hexagon")) {
            errors.add(new FieldError("shape", "must be square or hexagon"));
        }
        if (hexagons() && distance != null) {
            errors.add(new FieldError("distance", "applies to square cells; hexagons use their six neighbours"));
        }
    }

    boolean hexagons() {
        return "hexagon".equals(shape);
    }

    void checkEmerging(List<FieldError> errors) {
        range(errors, "cell", cell, 10, 5_000);
        if (slice != null && !slice.equals("month") && !slice.equals("week")) {
            errors.add(new FieldError("slice", "must be month or week"));
        }
    }

    HotspotDetection.Slice sliceOrDefault() {
        return "week".equals(slice) ? HotspotDetection.Slice.WEEK : HotspotDetection.Slice.MONTH;
    }

    Map<String, Object> emergingEcho() {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("cell", cellOrDefault());
        echo.put("slice", sliceOrDefault().name().toLowerCase());
        echo.put("neighbourhood", "queen contiguity, cell included, this and the previous slice");
        echo.put("significance", "Gi* at 90% after the false discovery rate correction; Mann-Kendall trend at 95%");
        return echo;
    }

    /** @param suggestedEps the k-distance curve's suggestion for these incidents and minPoints, in metres */
    Map<String, Object> dbscanEcho(double suggestedEps) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("eps", epsOrDefault());
        echo.put("minPoints", minPointsOrDefault());
        echo.put("bufferMetres", HotspotDetection.bufferMetres(epsOrDefault()));
        echo.put("hull", concave() ? "concave" : "convex");
        echo.put("suggestedEps", Math.round(suggestedEps));
        return echo;
    }

    Map<String, Object> kdeEcho(double usedCell, double usedBandwidth) {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("cell", Math.round(usedCell * 10) / 10.0);
        echo.put("bandwidth", Math.round(usedBandwidth * 10) / 10.0);
        if (threshold != null) {
            echo.put("threshold", threshold);
        } else {
            echo.put("top", topOrDefault());
        }
        echo.put("kernel", "quartic");
        return echo;
    }

    Map<String, Object> gistarEcho() {
        Map<String, Object> echo = new LinkedHashMap<>();
        echo.put("cell", cellOrDefault());
        echo.put("shape", hexagons() ? "hexagon" : "square");
        echo.put("neighbourhood", hexagons() ? "the six neighbouring hexagons, cell included"
                : distance == null ? "queen contiguity, cell included" : "distance band " + distance + " m, cell included");
        echo.put("significance", "Benjamini-Hochberg false discovery rate, 90/95/99%");
        return echo;
    }

    private static void range(List<FieldError> errors, String name, Double value, double min, double max) {
        if (value != null && !(value >= min && value <= max)) {
            errors.add(new FieldError(name, "must be between " + fmt(min) + " and " + fmt(max)));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
