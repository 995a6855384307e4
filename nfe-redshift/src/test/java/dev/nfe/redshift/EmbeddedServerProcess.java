package dev.nfe.redshift;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run in a process of its own that starts the embedded PostgreSQL of a data directory, prints {@code started}, and
 * stops it when its standard input ends; tests kill it with -9 to leave the server behind, as a crashed load does.
 */
final class EmbeddedServerProcess {
    static final String STARTED = "started";

    private EmbeddedServerProcess() {
    }

    public static void main(String[] args) throws IOException {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(Path.of(args[0]))) {
            System.out.println(STARTED + " " + server.port());
            System.out.flush();
            while (System.in.read() >= 0) {
                // Runs until the test closes standard input or kills the process.
            }
        }
    }

    /** Starts the process on {@code dataDirectory} and returns once its server runs. */
    static Process start(Path dataDirectory) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        command.add(EmbeddedServerProcess.class.getName());
        command.add(dataDirectory.toString());
        Path log = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-process.log");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(STARTED)) {
                return process;
            }
        }
        throw new IllegalStateException("The server process ended before its server started, exit code "
                + process.onExit().join().exitValue());
    }
}
