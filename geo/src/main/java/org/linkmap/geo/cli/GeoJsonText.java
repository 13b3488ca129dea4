package org.linkmap.geo.cli;

/** GeoJSON geometry text for the command line's output files. */
final class GeoJsonText {

    private GeoJsonText() {
    }

    static String polygon(double[][][] rings) {
        StringBuilder out = new StringBuilder("{\"type\":\"Polygon\",\"coordinates\":[");
        for (int r = 0; r < rings.length; r++) {
            out.append(r == 0 ? "[" : ",[");
            for (int k = 0; k < rings[r].length; k++) {
                out.append(k == 0 ? "[" : ",[").append(rings[r][k][0]).append(',').append(rings[r][k][1]).append(']');
            }
            out.append(']');
        }
        return out.append("]}").toString();
    }
}
