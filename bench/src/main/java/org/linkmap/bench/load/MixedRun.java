package org.linkmap.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A long run of mixed reads and writes at one concurrency: each request is a search (25%), an entity (20%),
 * a 2-hop network (20%), map incidents (10%), hotspots (5%), a shortest path (5%, when the service has it)
 * or a new submission (15%, while the submissions file lasts). Every 30 s it samples the service's resident
 * memory ({@code /proc/PID/status}) and heap in use ({@code jcmd PID GC.heap_info}) and prints them, so
 * growth after warm-up shows; at the end, latency per kind and the errors.
 */
final class MixedRun {

    private static final int SAMPLE_SECONDS = 30;

    private final Service service;
    private final Targets targets;
    private final Iterator<String> submissions;
    private final long pid;
    private final Map<String, Latencies> byKind = new LinkedHashMap<>();
    private final List<Map.Entry<Integer, Function<SplittableRandom, String>>> weights = new ArrayList<>();

    MixedRun(Service service, Targets targets, Iterator<String> submissions, long pid) {
        this.service = service;
        this.targets = targets;
        this.submissions = submissions;
        this.pid = pid;
        weight(25, "search", targets::search);
        weight(20, "entity", targets::entity);
        weight(20, "network depth 2", targets::network);
        weight(10, "map incidents", targets::incidents);
        weight(5, "hotspots", targets::hotspots);
        if (targets.paths) {
            weight(5, "shortest path", targets::path);
        }
        byKind.put("submit", new Latencies());
        byKind.put("driver failures", new Latencies());
    }

    private void weight(int percent, String kind, Function<SplittableRandom, String> path) {
        byKind.put(kind, new Latencies());
        weights.add(Map.entry(percent, r -> kind + "\t" + path.apply(r)));
    }

    void run(int concurrency, int seconds) throws InterruptedException {
        System.out.printf(Locale.ROOT, "%nMixed run: concurrency %d for %d s%n%n| at s | RSS MB | heap used MB | requests so far | errors so far |%n|---|---|---|---|---|%n",
                concurrency, seconds);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        SplittableRandom seeds = new SplittableRandom(16);
        for (int w = 0; w < concurrency; w++) {
            SplittableRandom r = seeds.split();
            workers.submit(() -> work(r, end));
        }
        workers.shutdown();
        long started = System.nanoTime();
        while (!workers.awaitTermination(SAMPLE_SECONDS, TimeUnit.SECONDS)) {
            sample((System.nanoTime() - started) / 1_000_000_000L);
        }
        sample((System.nanoTime() - started) / 1_000_000_000L);
        System.out.println("\n" + Latencies.header());
        byKind.forEach((kind, l) -> System.out.println(l.row(kind, concurrency, seconds)));
    }

    /** One worker's requests until {@code end}; a failure of the driver itself counts as an error and the worker goes on. */
    private void work(SplittableRandom r, long end) {
        while (System.nanoTime() < end) {
            long started = System.nanoTime();
            try {
                request(r);
            } catch (RuntimeException e) {
                byKind.get("driver failures").add(System.nanoTime() - started, 0, e.toString());
            }
        }
    }

    private void request(SplittableRandom r) {
        int roll = r.nextInt(100);
        String line = roll < 15 ? next() : null;
        long started = System.nanoTime();
        if (line != null) {
            Service.Reply reply = service.post("/api/submissions", line);
            byKind.get("submit").add(System.nanoTime() - started, reply.status(), "POST /api/submissions " + reply.body());
            return;
        }
        String[] kindAndPath = pick(r).apply(r).split("\t", 2);
        Service.Reply reply = service.get(kindAndPath[1]);
        byKind.get(kindAndPath[0]).add(System.nanoTime() - started, reply.status(), kindAndPath[1]);
    }

    private Function<SplittableRandom, String> pick(SplittableRandom r) {
        int total = weights.stream().mapToInt(Map.Entry::getKey).sum();
        int roll = r.nextInt(total);
        for (var w : weights) {
            roll -= w.getKey();
            if (roll < 0) {
                return w.getValue();
            }
        }
        return weights.get(0).getValue();
    }

    private String next() {
        if (submissions == null) {
            return null;
        }
        synchronized (submissions) {
            return submissions.hasNext() ? submissions.next() : null;
        }
    }

    private void sample(long at) {
        long requests = byKind.values().stream().mapToLong(Latencies::count).sum();
        long errors = byKind.values().stream().mapToLong(Latencies::errors).sum();
        System.out.printf(Locale.ROOT, "| %d | %d | %d | %,d | %d |%n", at, rssMegabytes(), heapUsedMegabytes(), requests, errors);
    }

    private long rssMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use as the JVM reports it (young and old together), or -1 when jcmd cannot attach. */
    private long heapUsedMegabytes() {
        try {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info").redirectErrorStream(true).start();
            long kb = 0;
            for (String line : new String(jcmd.getInputStream().readAllBytes()).split("\n")) {
                var m = java.util.regex.Pattern.compile("(heap|generation)\\s+total \\d+K, used (\\d+)K").matcher(line);
                if (m.find()) {
                    kb += Long.parseLong(m.group(2));
                }
            }
            jcmd.waitFor(20, TimeUnit.SECONDS);
            return kb / 1024;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
