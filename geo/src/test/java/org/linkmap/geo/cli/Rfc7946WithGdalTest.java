package org.linkmap.geo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hotspot GeoJSON is RFC 7946 as GDAL understands it: {@code ogr2ogr -lco RFC7946=YES} reads it and writes
 * the same rings, in the same order and orientation (it would reverse any ring wound the wrong way).
 */
class Rfc7946WithGdalTest {

    private static final File OGR2OGR = new File("/usr/bin/ogr2ogr");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+\\.\\d+");

    @TempDir
    Path dir;

    @Test
    void shouldComeBackFromOgr2ogrUnchanged() throws IOException, InterruptedException {
        if (!OGR2OGR.canExecute() && System.getenv("CI") != null) {
            throw new IllegalStateException("CI must install Debian's gdal-bin (see .ci/run)");
        }
        Assumptions.assumeTrue(OGR2OGR.canExecute(), "GDAL's ogr2ogr is not installed: apt-get install gdal-bin");
        Path input = Path.of("src/test/resources/reference/dbscan/lancashire_2021_06_bng.csv");
        Path ours = dir.resolve("hotspots.geojson");
        Path theirs = dir.resolve("gdal.geojson");
        int status = GeoCommand.run(new String[] {"dbscan", "--input", input.toString(), "--x", "x", "--y", "y",
                "--crs", "EPSG:27700", "--eps", "150", "--min-points", "20", "--output", ours.toString()},
                new PrintStream(new java.io.ByteArrayOutputStream()));
        assertThat(status).isZero();

        Process gdal = new ProcessBuilder(OGR2OGR.getPath(), "-f", "GeoJSON", "-lco", "RFC7946=YES", theirs.toString(), ours.toString())
                .redirectErrorStream(true).start();
        String log = new String(gdal.getInputStream().readAllBytes());
        assertThat(gdal.waitFor()).as(log).isZero();

        List<Double> before = coordinates(Files.readString(ours));
        List<Double> after = coordinates(Files.readString(theirs));
        assertThat(before).hasSizeGreaterThan(87 * 10);
        assertThat(after).hasSameSizeAs(before);
        for (int k = 0; k < before.size(); k++) {
            assertThat(after.get(k)).isCloseTo(before.get(k), org.assertj.core.api.Assertions.within(1e-7));
        }
    }

    /** Every coordinate of every geometry, in order. */
    private static List<Double> coordinates(String geojson) {
        List<Double> values = new ArrayList<>();
        int at = 0;
        while ((at = geojson.indexOf("\"coordinates\"", at)) >= 0) {
            int end = geojson.indexOf('}', at);
            Matcher m = NUMBER.matcher(geojson.substring(at, end));
            while (m.find()) {
                values.add(Double.parseDouble(m.group()));
            }
            at = end;
        }
        return values;
    }
}
