package org.linkmap.bench.load;

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
import java.util.stream.Stream;

import org.linkmap.bench.data.Options;

/**
 * Drives a running service over HTTP and prints Markdown tables of throughput and latency.
 *
 * <pre>
 * LoadDriver --base http://127.0.0.1:8080 --user analyst --password SECRET
 *            [--levels 1,4,16] [--seconds 20] [--warmup 5]
 *            [--submissions FILE.ndjson]                 intake: POST /api/submissions, one line per request, never reused
 *            [--reads search,entity,network,paths,hotspots,incidents]
 *            [--mixed-seconds 600 --pid PID]            a mixed read/write run at the highest level, with memory samples
 *            [--hotspot-period from=2025-04-01&amp;to=2025-06-30] [--incident-period from=2025-06-01&amp;to=2025-06-30]
 * </pre>
 *
 * Each read scenario runs at each concurrency for {@code --seconds} after {@code --warmup} seconds; a request
 * counts when it is answered after the warm-up (so a request slower than the whole window still counts once); every worker sends its next request as soon as the last one is answered. Shortest
 * paths are skipped, and said so, when the service answers 404 for {@code /api/network/paths}.
 */
public final class LoadDriver {

    private LoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = Options.parse(args, 0);
        Service service = new Service(o.getOrDefault("base", "http://127.0.0.1:8080"), o.getOrDefault("user", "analyst"),
                Options.required(o, "password"));
        int[] levels = Stream.of(o.getOrDefault("levels", "1,4,16").split(",")).mapToInt(Integer::parseInt).toArray();
        int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));
        int warmup = Integer.parseInt(o.getOrDefault("warmup", "5"));
        Iterator<String> submissions = o.containsKey("submissions") ? Files.lines(Path.of(o.get("submissions"))).iterator() : null;
        if (submissions != null) {
            System.out.println("\nIntake, POST /api/submissions, one submission per request\n\n" + Latencies.header());
            for (int level : levels) {
                Latencies l = run(level, warmup, seconds, r -> nextOrNull(submissions), line -> service.post("/api/submissions", line));
                System.out.println(l.row("submit", level, seconds));
            }
        }
        Targets targets = new Targets(service, o.getOrDefault("hotspot-period", "from=2025-04-01&to=2025-06-30"),
                o.getOrDefault("incident-period", "from=2025-06-01&to=2025-06-30"));
        Map<String, Function<SplittableRandom, String>> reads = reads(targets, o.getOrDefault("reads",
                "search,entity,network,paths,hotspots,incidents"));
        if (!reads.isEmpty()) {
            System.out.printf(Locale.ROOT, "%nReads (%,d people found to ask about)%n%n%s%n", targets.people.size(), Latencies.header());
            for (var scenario : reads.entrySet()) {
                for (int level : levels) {
                    Latencies l = run(level, warmup, seconds, scenario.getValue(), service::get);
                    System.out.println(l.row(scenario.getKey(), level, seconds));
                }
            }
        }
        if (o.containsKey("mixed-seconds")) {
            new MixedRun(service, targets, submissions, Long.parseLong(Options.required(o, "pid")))
                    .run(levels[levels.length - 1], Integer.parseInt(o.get("mixed-seconds")));
        }
    }

    private static Map<String, Function<SplittableRandom, String>> reads(Targets t, String wanted) {
        Map<String, Function<SplittableRandom, String>> all = new LinkedHashMap<>();
        all.put("search", t::search);
        all.put("entity", t::entity);
        all.put("network depth 2", t::network);
        all.put("shortest path", t::path);
        all.put("hotspots (dbscan, 3 months)", t::hotspots);
        all.put("map incidents (1 month)", t::incidents);
        Map<String, Function<SplittableRandom, String>> chosen = new LinkedHashMap<>();
        List<String> names = List.of(wanted.split(","));
        all.forEach((name, path) -> {
            String key = name.startsWith("network") ? "network" : name.startsWith("shortest") ? "paths"
                    : name.startsWith("hotspots") ? "hotspots" : name.startsWith("map") ? "incidents" : name;
            if (names.contains(key)) {
                if (key.equals("paths") && !t.paths) {
                    System.out.println("shortest path: skipped, the service has no /api/network/paths (404)");
                } else {
                    chosen.put(name, path);
                }
            }
        });
        return chosen;
    }

    private static synchronized String nextOrNull(Iterator<String> lines) {
        return lines.hasNext() ? lines.next() : null;
    }

    /**
     * {@code level} workers send requests back to back for {@code warmup + seconds}; those answered after the
     * warm-up count. A request source that returns null stops its worker.
     */
    static <T> Latencies run(int level, int warmup, int seconds, Function<SplittableRandom, T> next,
                             Function<T, Service.Reply> send) throws InterruptedException {
        Latencies latencies = new Latencies();
        long countFrom = System.nanoTime() + warmup * 1_000_000_000L;
        long end = countFrom + seconds * 1_000_000_000L;
        ExecutorService workers = Executors.newFixedThreadPool(level);
        List<SplittableRandom> randoms = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(level * 31L + seconds);
        for (int w = 0; w < level; w++) {
            randoms.add(seeds.split());
        }
        for (SplittableRandom r : randoms) {
            workers.submit(() -> {
                while (System.nanoTime() < end) {
                    T request = next.apply(r);
                    if (request == null) {
                        return;
                    }
                    long started = System.nanoTime();
                    Service.Reply reply = send.apply(request);
                    if (System.nanoTime() >= countFrom) {
                        latencies.add(System.nanoTime() - started, reply.status(), String.valueOf(request).substring(0,
                                Math.min(80, String.valueOf(request).length())) + " " + reply.body().substring(0, Math.min(200, reply.body().length())));
                    }
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(warmup + seconds + 120L, TimeUnit.SECONDS);
        return latencies;
    }
}
