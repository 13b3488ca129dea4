package org.linkmap.bench.data;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.linkmap.geo.crs.GridTransform;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes generated submissions as NDJSON, deterministically for a given seed:
 *
 * <pre>
 * cases   --size small|medium|large | --people N   [--seed 7] [--ref-prefix GEN] --out FILE
 *         about 10,000 / 100,000 / 1,000,000 people (see {@link CaseSubmissions})
 * network --nodes N --links L                       [--seed 7] [--ref-prefix NET] --out FILE
 *         a network of about N nodes and L links (see {@link NetworkSubmissions}); for example
 *         --nodes 1000000 --links 5000000
 * points  --out FILE
 *         every 2021 Lancashire crime as a point in British National Grid metres (x,y CSV), the data of
 *         the geo benchmarks and of their scikit-learn peer
 * </pre>
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: cases|network|points [--option value ...]; see the class javadoc");
        }
        Map<String, String> options = Options.parse(args, 1);
        Path out = Path.of(Options.required(options, "out"));
        long seed = Long.parseLong(options.getOrDefault("seed", "7"));
        long started = System.nanoTime();
        String summary = switch (args[0]) {
            case "cases" -> cases(options, seed, out);
            case "network" -> network(options, seed, out);
            case "points" -> points(out);
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.err.printf(Locale.ROOT, "%s -> %s in %.1f s%n", summary, out, (System.nanoTime() - started) / 1e9);
    }

    static long people(Map<String, String> options) {
        if (options.containsKey("people")) {
            return Long.parseLong(options.get("people"));
        }
        return switch (options.getOrDefault("size", "small")) {
            case "small" -> 10_000;
            case "medium" -> 100_000;
            case "large" -> 1_000_000;
            default -> throw new IllegalArgumentException("--size is small, medium or large");
        };
    }

    private static String cases(Map<String, String> options, long seed, Path out) throws IOException {
        long people = people(options);
        CaseSubmissions cases = new CaseSubmissions(seed, people, options.getOrDefault("ref-prefix", "GEN"), SnapPoints.lancashire2021());
        long total = CaseSubmissions.submissionsFor(people);
        writeLines(out, total, (json, k) -> cases.write(json, k, total));
        return String.format(Locale.ROOT, "%,d case submissions naming %,d distinct people (of %,d), %,d incidents, %,d links",
                total, cases.distinctPeople(), people, total * 2, total * 6);
    }

    private static String network(Map<String, String> options, long seed, Path out) throws IOException {
        long nodes = Long.parseLong(Options.required(options, "nodes"));
        long links = Long.parseLong(Options.required(options, "links"));
        NetworkSubmissions network = new NetworkSubmissions(seed, nodes, options.getOrDefault("ref-prefix", "NET"));
        long total = NetworkSubmissions.submissionsFor(links);
        writeLines(out, total, (json, k) -> network.write(json, k, total));
        return String.format(Locale.ROOT, "%,d network submissions for about %,d nodes and %,d links", total, nodes, links);
    }

    private static String points(Path out) throws IOException {
        double[][] crimes = SnapPoints.lancashire2021().everyCrime();
        GridTransform bng = GridTransform.standard();
        try (var writer = Files.newBufferedWriter(out)) {
            writer.write("x,y\n");
            for (int i = 0; i < crimes[0].length; i++) {
                double[] en = bng.toBritishNationalGrid(crimes[0][i], crimes[1][i]);
                writer.write(String.format(Locale.ROOT, "%.3f,%.3f%n", en[0], en[1]));
            }
        }
        return String.format(Locale.ROOT, "%,d points", crimes[0].length);
    }

    @FunctionalInterface
    private interface Line {
        void write(JsonGenerator json, long k) throws IOException;
    }

    private static void writeLines(Path out, long total, Line line) throws IOException {
        JsonFactory factory = new JsonFactory();
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator json = factory.createGenerator(file, JsonEncoding.UTF8)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            for (long k = 0; k < total; k++) {
                line.write(json, k);
                json.writeRaw('\n');
            }
        }
    }
}
