package dev.nfe.examples.reliability;

import dev.nfe.core.cli.NfeCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code nfe run} as a separate JVM on the test class path, as a scheduler would start it. */
final class PipelineProcess {
    private static final Duration TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final Path out;
    private final Path err;

    private PipelineProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** The outcome of a finished run. */
    record Result(int exitCode, String out, String err) {
    }

    /** Starts {@code nfe} with {@code args} in {@code directory}, with the JVM options {@code jvm}. */
    static PipelineProcess start(Path directory, List<String> jvm, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), NfeCommand.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(directory, "nfe", ".out");
            Path err = Files.createTempFile(directory, "nfe", ".err");
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new PipelineProcess(process, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code nfe run --config <config>} to its end. */
    static Result run(Path directory, Path config, List<String> jvm) {
        return start(directory, jvm, "run", "--config", config.toString()).await();
    }

    /** Waits for the run to end. */
    Result await() {
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                kill();
                throw new IllegalStateException("nfe did not finish within " + TIMEOUT + ": " + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for nfe", e);
        }
    }

    /** Waits until {@code marker} exists, or the process ends first; whether the marker appeared. */
    boolean awaitFile(Path marker) {
        long end = System.nanoTime() + TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < end) {
                if (Files.exists(marker)) {
                    return true;
                }
                if (process.waitFor(20, TimeUnit.MILLISECONDS)) {
                    return Files.exists(marker);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** {@code kill -9}: the JVM gets no chance to run a finally block or a shutdown hook. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the process printed on stderr so far. */
    String err() {
        try {
            return Files.readString(err, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
