package org.linkmap.geo.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.linkmap.geo.crs.GridTransform;

/**
 * Reads points from a CSV with a header row: two named coordinate columns, in British National Grid metres
 * (EPSG:27700) or WGS84 longitude/latitude (EPSG:4326, projected to the grid here). Rows whose coordinates are
 * missing or not numbers are reported and skipped; {@code rows} keeps each kept point's 0-based data row.
 */
record PointsCsv(double[] x, double[] y, int[] rows, int skipped) {

    static PointsCsv read(Path file, String xColumn, String yColumn, String crs, PrintStream progress) throws IOException {
        boolean wgs84 = switch (crs) {
            case "EPSG:4326" -> true;
            case "EPSG:27700" -> false;
            default -> throw new IllegalArgumentException("--crs must be EPSG:4326 or EPSG:27700");
        };
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new IllegalArgumentException(file + " is empty");
            }
            List<String> names = split(header.startsWith("\uFEFF") ? header.substring(1) : header);
            int xi = column(names, xColumn, "--x");
            int yi = column(names, yColumn, "--y");
            double[] xs = new double[1 << 16];
            double[] ys = new double[1 << 16];
            int[] rows = new int[1 << 16];
            int n = 0;
            int skipped = 0;
            int row = 0;
            GridTransform grid = wgs84 ? GridTransform.standard() : null;
            for (String line = reader.readLine(); line != null; line = reader.readLine(), row++) {
                double[] xy = coordinates(line, xi, yi);
                if (xy == null) {
                    if (skipped++ < 10) {
                        progress.println("row " + row + ": no usable coordinates, skipped");
                    }
                    continue;
                }
                if (grid != null) {
                    xy = grid.toBritishNationalGrid(xy[0], xy[1]);
                }
                if (n == xs.length) {
                    xs = Arrays.copyOf(xs, n * 2);
                    ys = Arrays.copyOf(ys, n * 2);
                    rows = Arrays.copyOf(rows, n * 2);
                }
                xs[n] = xy[0];
                ys[n] = xy[1];
                rows[n++] = row;
            }
            if (skipped > 10) {
                progress.println((skipped - 10) + " more rows without usable coordinates skipped");
            }
            return new PointsCsv(Arrays.copyOf(xs, n), Arrays.copyOf(ys, n), Arrays.copyOf(rows, n), skipped);
        }
    }

    private static int column(List<String> names, String name, String option) {
        int index = names.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(option + " names a column '" + name + "' that the header does not have: " + names);
        }
        return index;
    }

    /** The two coordinates of a data row, or null when either is missing or not a finite number. */
    private static double[] coordinates(String line, int xi, int yi) {
        if (line.indexOf('"') < 0) {
            String xs = field(line, xi);
            String ys = field(line, yi);
            return parse(xs, ys);
        }
        List<String> fields = split(line);
        return xi < fields.size() && yi < fields.size() ? parse(fields.get(xi), fields.get(yi)) : null;
    }

    /** Field {@code index} of a line without quotes, found without splitting the whole line. */
    private static String field(String line, int index) {
        int start = 0;
        for (int k = 0; k < index; k++) {
            start = line.indexOf(',', start) + 1;
            if (start == 0) {
                return null;
            }
        }
        int end = line.indexOf(',', start);
        return line.substring(start, end < 0 ? line.length() : end);
    }

    private static double[] parse(String xs, String ys) {
        if (xs == null || ys == null || xs.isBlank() || ys.isBlank()) {
            return null;
        }
        try {
            double x = Double.parseDouble(xs.strip());
            double y = Double.parseDouble(ys.strip());
            return Double.isFinite(x) && Double.isFinite(y) ? new double[] {x, y} : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Splits one CSV line, honouring double-quoted fields. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (quoted) {
                if (c == '"' && k + 1 < line.length() && line.charAt(k + 1) == '"') {
                    field.append('"');
                    k++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
