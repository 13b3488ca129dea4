package org.linkmap.bench.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

/**
 * The police.uk snap points of Lancashire's 2021 street-level crime (see {@code police-uk/NOTICE.md}): WGS84
 * positions, the street each is on, and how many crimes were recorded there. Drawing a point is weighted by
 * that count, so generated incidents fall where real ones do: town centres far more than moorland.
 * Immutable; drawing is thread-safe when each thread brings its own random source.
 */
public final class SnapPoints {

    private static final String FILE = "police-uk/lancashire-2021-points.csv.gz";

    private final double[] longitude;
    private final double[] latitude;
    private final String[] street;
    private final long[] cumulativeCrimes;

    private SnapPoints(double[] longitude, double[] latitude, String[] street, long[] cumulativeCrimes) {
        this.longitude = longitude;
        this.latitude = latitude;
        this.street = street;
        this.cumulativeCrimes = cumulativeCrimes;
    }

    /** The bundled Lancashire 2021 points. */
    public static SnapPoints lancashire2021() {
        List<String[]> rows = new ArrayList<>();
        try (var in = SnapPoints.class.getClassLoader().getResourceAsStream(FILE);
             var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                rows.add(line.split(",", 4));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int n = rows.size();
        double[] lon = new double[n];
        double[] lat = new double[n];
        String[] streets = new String[n];
        long[] cumulative = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            String[] row = rows.get(i);
            lon[i] = Double.parseDouble(row[0]);
            lat[i] = Double.parseDouble(row[1]);
            total += Long.parseLong(row[2]);
            cumulative[i] = total;
            streets[i] = row[3];
        }
        return new SnapPoints(lon, lat, streets, cumulative);
    }

    public int size() {
        return longitude.length;
    }

    /** The crimes recorded at all points together. */
    public long crimes() {
        return cumulativeCrimes[cumulativeCrimes.length - 1];
    }

    /** A point's index, drawn in proportion to the crimes recorded there. */
    public int draw(SplittableRandom random) {
        long ticket = random.nextLong(crimes());
        int low = 0;
        int high = cumulativeCrimes.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulativeCrimes[mid] > ticket) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    public double longitude(int index) {
        return longitude[index];
    }

    public double latitude(int index) {
        return latitude[index];
    }

    public String street(int index) {
        return street[index];
    }

    /** Every crime as one point (a point with five crimes appears five times), in file order. */
    public double[][] everyCrime() {
        int total = (int) crimes();
        double[] lon = new double[total];
        double[] lat = new double[total];
        int k = 0;
        for (int i = 0; i < size(); i++) {
            long count = cumulativeCrimes[i] - (i == 0 ? 0 : cumulativeCrimes[i - 1]);
            for (long c = 0; c < count; c++, k++) {
                lon[k] = longitude[i];
                lat[k] = latitude[i];
            }
        }
        return new double[][] {lon, lat};
    }
}
