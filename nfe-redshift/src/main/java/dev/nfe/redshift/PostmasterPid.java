package dev.nfe.redshift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a data directory's {@code postmaster.pid} says about the PostgreSQL server that last ran there: its process id,
 * data directory, start time and port (the first four lines PostgreSQL writes), and whether that process still runs.
 *
 * @param file the pid file
 * @param pid the server's process id
 * @param dataDirectory the data directory as the server wrote it
 * @param startedAt when the server started, if the file says
 * @param port the server's port, if the file says
 */
record PostmasterPid(Path file, long pid, String dataDirectory, Optional<Instant> startedAt, OptionalInt port) {
    static final String FILE_NAME = "postmaster.pid";
    /** How far the process start time may be from the one in the file: the shell pg_ctl runs starts first. */
    private static final Duration START_TOLERANCE = Duration.ofMinutes(2);

    PostmasterPid {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(port, "port");
    }

    /** Whether the process a pid file names is that server. */
    enum State {
        /** It runs: the process is a PostgreSQL server of this data directory. */
        RUNNING,
        /** It is gone: no such process, or the id now belongs to another program. */
        GONE,
        /** A process with that id runs, but this system does not say what it is. */
        UNKNOWN
    }

    /** What the pid file of {@code dataDirectory} says; empty if there is none. */
    static Optional<Parsed> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        if (lines.isEmpty() || !lines.get(0).strip().matches("[0-9]{1,18}")) {
            return Optional.of(new Parsed.Unreadable(file));
        }
        long pid = Long.parseLong(lines.get(0).strip());
        String directory = lines.size() > 1 ? lines.get(1).strip() : dataDirectory.toString();
        Optional<Instant> startedAt = lines.size() > 2 && lines.get(2).strip().matches("[0-9]{1,18}")
                ? Optional.of(Instant.ofEpochSecond(Long.parseLong(lines.get(2).strip()))) : Optional.empty();
        OptionalInt port = lines.size() > 3 && lines.get(3).strip().matches("[0-9]{1,5}")
                ? OptionalInt.of(Integer.parseInt(lines.get(3).strip())) : OptionalInt.empty();
        return Optional.of(new Parsed.Valid(new PostmasterPid(file, pid, directory, startedAt, port)));
    }

    /** The content of a pid file: its fields, or nothing usable (a server killed while writing it). */
    sealed interface Parsed {
        /** @param pid the fields */
        record Valid(PostmasterPid pid) implements Parsed {
        }

        /** @param file the pid file, without a process id on its first line */
        record Unreadable(Path file) implements Parsed {
        }
    }

    /** The process, if it still runs. */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    /**
     * Whether the named process is still this server. A process id can be reused once its process is gone, so a
     * running process counts only if it is a {@code postgres} whose command line names this data directory, or,
     * where the system shows no command line, whose start time matches the file's.
     */
    State state(Path expectedDirectory) {
        Optional<ProcessHandle> process = process();
        if (process.isEmpty()) {
            return State.GONE;
        }
        ProcessHandle.Info info = process.get().info();
        Optional<String> command = info.command();
        if (command.isPresent() && !isPostgres(command.get())) {
            return State.GONE;
        }
        Optional<String[]> arguments = info.arguments();
        if (arguments.isPresent()) {
            List<String> given = Arrays.asList(arguments.get());
            boolean names = given.contains(dataDirectory) || given.contains(expectedDirectory.toString());
            return names ? State.RUNNING : command.isPresent() ? State.GONE : State.UNKNOWN;
        }
        Optional<Instant> processStart = info.startInstant();
        if (processStart.isPresent() && startedAt.isPresent()) {
            Duration gap = Duration.between(processStart.get(), startedAt.get()).abs();
            return gap.compareTo(START_TOLERANCE) <= 0 ? State.RUNNING : State.GONE;
        }
        return State.UNKNOWN;
    }

    private static boolean isPostgres(String command) {
        Path name = Path.of(command).getFileName();
        return name != null && (name.toString().equals("postgres") || name.toString().equals("postgres.exe"));
    }
}
