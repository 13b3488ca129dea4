package org.linkmap.service.hotspot;

import java.util.List;

import org.linkmap.model.submission.FieldError;

/**
 * The query parameters of every hotspot method, bound by name from the request, with the defaults a method
 * applies when one is left out. Each {@link HotspotStrategy} checks the ones it uses and echoes them.
 *
 * @param eps       DBSCAN neighbourhood in metres (default 150)
 * @param minPoints DBSCAN points needed, the point itself counted (default 5)
 * @param cell      grid cell in metres for kde, gistar and emerging (gistar and emerging default 150; kde by its rule)
 * @param bandwidth kde search radius in metres (default by {@code bandwidthRule})
 * @param top       kde: per cent of cells with any density that count as hot (default 1)
 * @param threshold kde: instead of {@code top}, the density (incidents per km²) at or above which a cell is hot
 * @param distance  gistar fixed distance band in metres (default: queen contiguity)
 * @param slice     emerging: {@code month} (default) or {@code week}
 * @param shape     gistar: {@code square} (default) or {@code hexagon} cells
 * @param hull      dbscan: {@code convex} (default) or {@code concave} outlines
 * @param bandwidthRule kde: how cell and bandwidth are chosen when left out: {@code local} (default: a neighbourhood
 *                  scale, several hotspots per district) or {@code arcgis} (ArcGIS Pro's rule, county-wide)
 */
record HotspotParameters(Double eps, Integer minPoints, Double cell, Double bandwidth, Double top, Double threshold,
                         Double distance, String slice, String shape, String hull, String bandwidthRule) {

    static final double DEFAULT_EPS = 150;
    static final int DEFAULT_MIN_POINTS = 5;
    static final double DEFAULT_GISTAR_CELL = 150;
    static final double DEFAULT_TOP_PERCENT = 1;

    /** No parameters given: every method's defaults. */
    static HotspotParameters defaults() {
        return new HotspotParameters(null, null, null, null, null, null, null, null, null, null, null);
    }

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

    boolean concave() {
        return "concave".equals(hull);
    }

    boolean hexagons() {
        return "hexagon".equals(shape);
    }

    EmergingHotspots.Slice sliceOrDefault() {
        return "week".equals(slice) ? EmergingHotspots.Slice.WEEK : EmergingHotspots.Slice.MONTH;
    }

    /** Adds an error naming {@code name} when {@code value} is given and outside {@code min} to {@code max} (NaN is outside). */
    static void range(List<FieldError> errors, String name, Double value, double min, double max) {
        if (value != null && !(value >= min && value <= max)) {
            errors.add(new FieldError(name, "must be between " + fmt(min) + " and " + fmt(max)));
        }
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
