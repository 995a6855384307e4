package dev.nfe.core.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code nfe} as a separate JVM on the test class path, as a user or a scheduler would, and captures it. */
final class NfeProcess {
    private static final long TIMEOUT_SECONDS = 120;

    private NfeProcess() {
    }

    /** The outcome of one run. */
    record Result(int exitCode, String out, String err) {
    }

    static Result run(Path workingDirectory, String... args) {
        return start(workingDirectory, args).await();
    }

    /** Starts {@code nfe} with {@code args} and returns at once, so that several runs can overlap. */
    static Running start(Path workingDirectory, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), NfeCommand.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(workingDirectory, "nfe", ".out");
            Path err = Files.createTempFile(workingDirectory, "nfe", ".err");
            Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            return new Running(process, command, out, err);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A run that was started and may still be running. */
    record Running(Process process, List<String> command, Path out, Path err) {
        /** Waits for the run to end and returns its outcome. */
        Result await() {
            try {
                if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("nfe did not finish within " + TIMEOUT_SECONDS + "s: " + command);
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
    }
}
