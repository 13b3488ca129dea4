package org.linkmap.bench.geo;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.linkmap.bench.data.SnapPoints;
import org.linkmap.geo.cluster.Clustering;
import org.linkmap.geo.cluster.Dbscan;
import org.linkmap.geo.crs.GridTransform;
import org.linkmap.geo.density.CountGrid;
import org.linkmap.geo.density.GetisOrdGiStar;
import org.linkmap.geo.density.KernelDensity;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * DBSCAN, kernel density and Gi* as the hotspot service runs them, on every 2021 Lancashire crime (199,036
 * points on 20,169 snap points, projected to British National Grid once in set-up), or on a million points
 * made from them by spreading each copy up to 50 m around its snap point ({@code points=1000000}). Times are
 * the algorithm alone: projecting, reading and writing are not included.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HotspotAlgorithms {

    /** 0 means every 2021 crime once (199,036). */
    @Param({"0"})
    public int points;

    private double[] x;
    private double[] y;
    private CountGrid grid100;

    @Setup(Level.Trial)
    public void project() {
        double[][] crimes = SnapPoints.lancashire2021().everyCrime();
        int n = points == 0 ? crimes[0].length : points;
        GridTransform bng = GridTransform.standard();
        x = new double[n];
        y = new double[n];
        SplittableRandom jitter = new SplittableRandom(7);
        for (int i = 0; i < n; i++) {
            int source = i % crimes[0].length;
            double[] en = bng.toBritishNationalGrid(crimes[0][source], crimes[1][source]);
            boolean copy = i >= crimes[0].length;
            x[i] = en[0] + (copy ? jitter.nextDouble(-50, 50) : 0);
            y[i] = en[1] + (copy ? jitter.nextDouble(-50, 50) : 0);
        }
        grid100 = CountGrid.of(x, y, 100);
    }

    @Benchmark
    public Clustering dbscanEps150MinPoints10() {
        return Dbscan.cluster(x, y, 150, 10);
    }

    @Benchmark
    public double[] kernelDensityCell100DefaultBandwidth() {
        return KernelDensity.estimate(x, y, grid100, KernelDensity.defaultBandwidth(x, y));
    }

    @Benchmark
    public double[] kernelDensityCell100Bandwidth500() {
        return KernelDensity.estimate(x, y, grid100, 500);
    }

    @Benchmark
    public GetisOrdGiStar.Result giStarQueenCell100() {
        return GetisOrdGiStar.queen(CountGrid.of(x, y, 100));
    }
}
