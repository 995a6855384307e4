package dev.nfe.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a main class of this class path in a JVM of its own, or a command such as the distribution's launcher, as a
 * whole process: what it printed, its exit code, its wall time, and its peak resident memory, read from
 * {@code VmHWM} in {@code /proc} while it runs (Linux; none elsewhere). The high-water mark only grows, so the last reading is the peak but for the last few milliseconds.
 */
final class ChildJvm {
    private static final Pattern HIGH_WATER_MARK = Pattern.compile("VmHWM:\\s+(\\d+) kB");
    private static final long POLL_MILLIS = 20;
    private static final long LIMIT_MINUTES = 30;

    /** What a finished process left. */
    record Result(int exitCode, String output, double seconds, Optional<Long> peakRssKib) {
        double peakRssMib() {
            return peakRssKib.map(kib -> kib / 1024.0).orElse(Double.NaN);
        }
    }

    private ChildJvm() {
    }

    /** Runs {@code mainClass} with {@code jvmOptions} and {@code args} in {@code directory}, when given. */
    static Result run(List<String> jvmOptions, String mainClass, List<String> args, Optional<Path> directory)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        return runProcess(command, Map.of(), directory);
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's, in {@code directory} when given. A
     * launcher script that ends in {@code exec java …} keeps its process, so the peak memory is the JVM's.
     */
    static Result runProcess(List<String> command, Map<String, String> environment, Optional<Path> directory)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile("nfe-bench-output", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            directory.ifPresent(folder -> builder.directory(folder.toFile()));
            long start = System.nanoTime();
            Process process = builder.start();
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            Optional<Long> peak = Optional.empty();
            long deadline = start + TimeUnit.MINUTES.toNanos(LIMIT_MINUTES);
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                Optional<Long> reading = highWaterMark(status);
                if (reading.isPresent()) {
                    peak = reading;
                }
                if (System.nanoTime() > deadline) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Did not finish within " + LIMIT_MINUTES + " minutes: " + command);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8), seconds, peak);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static Optional<Long> highWaterMark(Path status) {
        try {
            Matcher matcher = HIGH_WATER_MARK.matcher(Files.readString(status, StandardCharsets.UTF_8));
            return matcher.find() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
        } catch (IOException e) {
            // not Linux, or the process has just ended
            return Optional.empty();
        }
    }
}
