package org.linkmap.service.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java main class of this test classpath started in a JVM of its own, as an operator would start the
 * service: so that it can be killed with SIGKILL, or serve as a separate database process. Its output is
 * read line by line; a test waits for a line it expects rather than for a length of time.
 */
public final class ForkedJvm implements AutoCloseable {

    private static final List<String> OPENS = List.of("--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED");

    private final Process process;
    private final Queue<String> lines = new ConcurrentLinkedQueue<>();
    private final List<Expectation> expectations = new ArrayList<>();

    private record Expectation(Pattern pattern, CompletableFuture<Matcher> found) {
    }

    private ForkedJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "forked-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code mainClass} with this JVM's classpath, a heap of {@code heap}, and {@code args}. */
    public static ForkedJvm start(String mainClass, String heap, String... args) {
        List<String> command = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-Xmx" + heap,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path")));
        command.addAll(OPENS);
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            return new ForkedJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (up to {@code seconds}) for an output line matching {@code regex}, seen before or after the call. */
    public Matcher await(String regex, int seconds) {
        Pattern pattern = Pattern.compile(regex);
        CompletableFuture<Matcher> found = new CompletableFuture<>();
        synchronized (expectations) {
            for (String line : lines) {
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
            expectations.add(new Expectation(pattern, found));
        }
        try {
            return found.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("no line matching " + regex + " within " + seconds + " s; the process "
                    + (process.isAlive() ? "is running" : "exited with " + process.exitValue()) + "; its last lines:\n" + tail(), e);
        }
    }

    /** SIGKILL: no shutdown hooks, no flushing, as a power cut or the kernel's OOM killer would. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** SIGTERM, then wait for it to finish shutting down. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    public String tail() {
        List<String> all = new ArrayList<>(lines);
        return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                synchronized (expectations) {
                    lines.add(line);
                    for (var it = expectations.iterator(); it.hasNext(); ) {
                        Expectation e = it.next();
                        Matcher m = e.pattern().matcher(line);
                        if (m.find()) {
                            e.found().complete(m);
                            it.remove();
                        }
                    }
                }
            }
        } catch (IOException e) {
            lines.add("(output closed: " + e + ")");
        }
    }
}
