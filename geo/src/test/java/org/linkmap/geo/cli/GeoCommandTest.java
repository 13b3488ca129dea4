package org.linkmap.geo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(progress, true, StandardCharsets.UTF_8);

    @Test
    void writesOneLabelRowPerLocatedDataRowInInputOrderAndReportsTheRest() throws IOException {
        Path input = dir.resolve("points.csv");
        Files.writeString(input, """
                id,easting,northing,note
                a,1000,1000,"first, quoted"
                b,1010,1000,x
                c,,,no coordinates
                d,1005,1008,x
                e,9000,9000,far away
                """);
        Path output = dir.resolve("labels.csv");

        int status = GeoCommand.run(new String[] {"dbscan", "--input", input.toString(), "--x", "easting", "--y", "northing",
                "--crs", "EPSG:27700", "--eps", "20", "--min-points", "3", "--output", output.toString()}, err);

        assertThat(status).isZero();
        assertThat(Files.readAllLines(output)).containsExactly("row,cluster,core", "0,0,1", "1,0,1", "3,0,1", "4,-1,0");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("row 2: no usable coordinates").contains("1 clusters");
    }

    @Test
    void writesHotspotPolygonsAsGeoJsonFromLongitudeAndLatitude() throws IOException {
        Path input = dir.resolve("wgs84.csv");
        Files.writeString(input, "lon,lat\n-3.0511,53.8171\n-3.0512,53.8172\n-3.0510,53.8170\n-2.5,53.9\n");
        Path output = dir.resolve("hotspots.geojson");

        int status = GeoCommand.run(new String[] {"dbscan", "--input", input.toString(), "--x", "lon", "--y", "lat",
                "--crs", "EPSG:4326", "--eps", "50", "--min-points", "3", "--output", output.toString()}, err);

        String geojson = Files.readString(output);
        assertThat(status).isZero();
        assertThat(geojson).contains("\"type\":\"Polygon\"").contains("\"count\":3").contains("[-3.05");
    }

    @Test
    void writesEveryCellOfTheGridForGistar() throws IOException {
        Path input = dir.resolve("grid.csv");
        Files.writeString(input, "x,y\n50,50\n150,50\n250,250\n");
        Path output = dir.resolve("gistar.csv");

        int status = GeoCommand.run(new String[] {"gistar", "--input", input.toString(), "--x", "x", "--y", "y",
                "--cell", "100", "--output", output.toString()}, err);

        List<String> lines = Files.readAllLines(output);
        assertThat(status).isZero();
        assertThat(lines.get(0)).isEqualTo("x,y,count,z,p");
        assertThat(lines).hasSize(1 + 9);
        assertThat(lines.get(1)).startsWith("50,50,1,");
    }

    @Test
    void explainsAUsageErrorWithStatusTwo() {
        int status = GeoCommand.run(new String[] {"dbscan", "--input", "missing.csv"}, err);

        assertThat(status).isEqualTo(2);
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("--x is required").contains("usage:");
    }
}
