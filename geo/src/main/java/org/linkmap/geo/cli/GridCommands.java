package org.linkmap.geo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.CountGrid;
import org.linkmap.geo.density.GetisOrdGiStar;
import org.linkmap.geo.density.HexGrid;
import org.linkmap.geo.density.Lattice;
import org.linkmap.geo.density.KernelDensity;

/** The grid commands: {@code kde} and {@code gistar}, each writing every cell as CSV or GeoJSON. */
final class GridCommands {

    private GridCommands() {
    }

    static void kde(PointsCsv points, Map<String, String> options, Path output, PrintStream err) throws IOException {
        double cell = options.containsKey("cell") ? GeoCommand.number(options, "cell") : KernelDensity.defaultCell(points.x(), points.y());
        double bandwidth = options.containsKey("bandwidth") ? GeoCommand.number(options, "bandwidth")
                : KernelDensity.defaultBandwidth(points.x(), points.y());
        long started = System.nanoTime();
        CountGrid grid = CountGrid.of(points.x(), points.y(), cell);
        double[] density = KernelDensity.estimate(points.x(), points.y(), grid, bandwidth);
        err.printf("kde cell %.1f m, bandwidth %.1f m: %d x %d cells in %d ms%n", cell, bandwidth, grid.columns(), grid.rows(),
                (System.nanoTime() - started) / 1_000_000);
        write(grid, output, "count,value", i -> fmt(grid.counts()[i]) + "," + density[i]);
    }

    static void gistar(PointsCsv points, Map<String, String> options, Path output, PrintStream err) throws IOException {
        double cell = GeoCommand.number(options, "cell");
        long started = System.nanoTime();
        boolean hexagons = "hexagon".equals(options.getOrDefault("shape", "square"));
        if (hexagons && options.containsKey("distance")) {
            throw new IllegalArgumentException("--distance applies to square cells; hexagons use their six neighbours");
        }
        Lattice grid = hexagons ? HexGrid.of(points.x(), points.y(), cell) : CountGrid.of(points.x(), points.y(), cell);
        GetisOrdGiStar.Result result = options.containsKey("distance")
                ? GetisOrdGiStar.distanceBand((CountGrid) grid, GeoCommand.number(options, "distance"))
                : GetisOrdGiStar.contiguity(grid);
        err.printf("gistar cell %.1f m, %s: %d cells in %d ms%n", cell,
                hexagons ? "hexagons" : options.containsKey("distance") ? "distance band " + options.get("distance") + " m" : "queen contiguity",
                grid.size(), (System.nanoTime() - started) / 1_000_000);
        write(grid, output, "count,z,p", i -> fmt(grid.counts()[i]) + "," + result.z()[i] + "," + result.p()[i]);
    }

    private interface Cell {
        String values(int index);
    }

    private static void write(Lattice grid, Path output, String header, Cell cell) throws IOException {
        boolean geojson = output.toString().endsWith(".geojson");
        GridTransform transform = GridTransform.standard();
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write(geojson ? "{\"type\":\"FeatureCollection\",\"features\":[" : "x,y," + header + "\n");
            String[] names = header.split(",");
            for (int i = 0; i < grid.size(); i++) {
                if (geojson) {
                    out.write((i == 0 ? "" : ",") + "\n{\"type\":\"Feature\",\"properties\":{" + properties(names, cell.values(i))
                            + "},\"geometry\":" + GeoJsonText.polygon(outline(grid, i, transform)) + "}");
                } else {
                    out.write(fmt(grid.centreX(i)) + "," + fmt(grid.centreY(i)) + "," + cell.values(i) + "\n");
                }
            }
            if (geojson) {
                out.write("\n]}\n");
            }
        }
    }

    private static String properties(String[] names, String values) {
        String[] v = values.split(",");
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < names.length; k++) {
            out.append(k == 0 ? "" : ",").append('"').append(names[k]).append("\":").append(v[k]);
        }
        return out.toString();
    }

    /** A cell as a counter-clockwise WGS84 ring. */
    private static double[][][] outline(Lattice grid, int i, GridTransform transform) {
        double[][] corners = grid.ring(i);
        double[][] ring = new double[corners.length][];
        for (int k = 0; k < corners.length; k++) {
            double[] lonLat = transform.toWgs84(corners[k][0], corners[k][1]);
            ring[k] = new double[] {Math.round(lonLat[0] * 1e7) / 1e7, Math.round(lonLat[1] * 1e7) / 1e7};
        }
        return new double[][][] {ring};
    }

    private static String fmt(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? String.valueOf((long) value) : String.valueOf(value);
    }
}
