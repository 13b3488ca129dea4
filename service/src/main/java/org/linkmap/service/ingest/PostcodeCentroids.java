package org.linkmap.service.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

import org.springframework.stereotype.Component;

/**
 * Postcode centroids in British National Grid metres from the bundled Code-Point Open extract (PR, FY, BB
 * and LA postcode areas; OS OpenData licence). About 45,000 postcodes, loaded once.
 */
@Component
class PostcodeCentroids {

    private static final String TABLE = "postcodes/codepoint-open-pr-fy-bb-la.csv.gz";

    private final Map<String, double[]> byPostcode;

    PostcodeCentroids() {
        this.byPostcode = load();
    }

    /** The centroid {@code [easting, northing]} of a postcode in the single-space form, if the table has it. */
    Optional<double[]> centroid(String postcode) {
        return Optional.ofNullable(byPostcode.get(postcode));
    }

    private static Map<String, double[]> load() {
        var in = PostcodeCentroids.class.getClassLoader().getResourceAsStream(TABLE);
        if (in == null) {
            throw new IllegalStateException("The postcode table " + TABLE + " is missing from the classpath");
        }
        Map<String, double[]> table = new HashMap<>(64_000);
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                table.put(f[0], new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
