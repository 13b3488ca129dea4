package org.linkmap.geo.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.linkmap.geo.cluster.Clustering;
import org.linkmap.geo.cluster.Dbscan;
import org.linkmap.geo.cluster.EpsSuggestion;
import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.shape.HotspotShapes;

/**
 * {@code java -jar linkmap-geo.jar dbscan|kde|gistar --input points.csv --x COL --y COL --crs EPSG:27700 ...}:
 * hotspots from a CSV of points, results to {@code --output}, progress on standard error. Exit status 0 on
 * success, 2 for a usage error (with a message), 1 for an input that could not be read.
 */
public final class GeoCommand {

    private static final String USAGE = """
            usage: java -jar linkmap-geo.jar COMMAND --input points.csv --x X_COLUMN --y Y_COLUMN --crs EPSG:4326|EPSG:27700 --output FILE
              dbscan  [--eps METRES] --min-points N          output labels.csv (row,cluster,core) or hotspots.geojson;
                                                             without --eps, the k-distance curve's suggestion is used
              kde     --cell METRES [--bandwidth METRES]     output grid .csv (x,y,count,value) or .geojson
              gistar  --cell METRES [--distance METRES | --shape hexagon]
                                                             output grid .csv (x,y,count,z,p) or .geojson
            """;

    private GeoCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }

    static int run(String[] args, PrintStream err) {
        try {
            if (args.length == 0 || args[0].equals("--help")) {
                err.print(USAGE);
                return args.length == 0 ? 2 : 0;
            }
            Map<String, String> options = options(args);
            long started = System.nanoTime();
            PointsCsv points = PointsCsv.read(Path.of(required(options, "input")), required(options, "x"), required(options, "y"),
                    options.getOrDefault("crs", "EPSG:27700"), err);
            err.printf("read %d points (%d rows skipped) in %d ms%n", points.x().length, points.skipped(), (System.nanoTime() - started) / 1_000_000);
            Path output = Path.of(required(options, "output"));
            switch (args[0]) {
                case "dbscan" -> dbscan(points, options, output, err);
                case "kde" -> GridCommands.kde(points, options, output, err);
                case "gistar" -> GridCommands.gistar(points, options, output, err);
                default -> throw new IllegalArgumentException("unknown command '" + args[0] + "'");
            }
            err.printf("done in %d ms%n", (System.nanoTime() - started) / 1_000_000);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static void dbscan(PointsCsv points, Map<String, String> options, Path output, PrintStream err) throws IOException {
        int minPoints = (int) number(options, "min-points");
        double eps;
        if (options.containsKey("eps")) {
            eps = number(options, "eps");
        } else {
            eps = EpsSuggestion.suggest(points.x(), points.y(), minPoints);
            err.printf("no --eps: using the k-distance curve's suggestion for %d points, %.1f m%n", minPoints, eps);
            if (!(eps > 0)) {
                throw new IllegalArgumentException("--eps is required: too few points to suggest one");
            }
        }
        long started = System.nanoTime();
        Clustering clustering = Dbscan.cluster(points.x(), points.y(), eps, minPoints);
        err.printf("dbscan eps %.1f m, min %d points: %d clusters, %d noise, in %d ms%n", eps, minPoints,
                clustering.clusterCount(), clustering.noiseCount(), (System.nanoTime() - started) / 1_000_000);
        if (output.toString().endsWith(".geojson")) {
            writeHotspots(points, clustering, eps, output);
        } else {
            writeLabels(points, clustering, output);
        }
    }

    private static void writeLabels(PointsCsv points, Clustering clustering, Path output) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("row,cluster,core\n");
            StringBuilder line = new StringBuilder(32);
            for (int i = 0; i < points.rows().length; i++) {
                line.setLength(0);
                line.append(points.rows()[i]).append(',').append(clustering.labels()[i]).append(',').append(clustering.core()[i] ? '1' : '0').append('\n');
                out.append(line);
            }
        }
    }

    private static void writeHotspots(PointsCsv points, Clustering clustering, double eps, Path output) throws IOException {
        GridTransform grid = GridTransform.standard();
        double buffer = HotspotShapes.bufferFor(eps);
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            out.write("{\"type\":\"FeatureCollection\",\"features\":[");
            int[][] members = clustering.members();
            for (int c = 0; c < members.length; c++) {
                var outline = HotspotShapes.toWgs84(HotspotShapes.bufferedHull(points.x(), points.y(), members[c], buffer), grid);
                out.write((c == 0 ? "" : ",") + "\n{\"type\":\"Feature\",\"properties\":{\"cluster\":" + c + ",\"count\":" + members[c].length
                        + "},\"geometry\":" + GeoJsonText.polygon(HotspotShapes.rfc7946Rings(outline)) + "}");
            }
            out.write("\n]}\n");
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int k = 1; k < args.length; k++) {
            if (!args[k].startsWith("--") || k + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value, found '" + args[k] + "'");
            }
            options.put(args[k].substring(2), args[++k]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    static double number(Map<String, String> options, String name) {
        try {
            double value = Double.parseDouble(required(options, name));
            if (!(value > 0) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("--" + name + " must be a positive number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a number");
        }
    }
}
