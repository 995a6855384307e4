package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starting the embedded PostgreSQL after a run died (kill -9) with its server or initdb still at work, and while
 * another process runs the server of the same lake. Each test leaves no process of its data directory behind.
 */
class EmbeddedPostgresRecoveryTest {

    @TempDir
    Path lake;

    private Path dataDirectory() {
        return lake.resolve("_warehouse").resolve("postgresql");
    }

    @Test
    void start_afterTheRunWasKilled_stopsTheServerItLeftAndStarts() throws Exception {
        Path data = dataDirectory();
        try {
            Process run = EmbeddedServerProcess.start(data);
            run.destroyForcibly().waitFor();
            long leftOver = leftOverPid(data);
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive)).contains(true);

            List<String> logged = logged(() -> {
                try (EmbeddedPostgres server = EmbeddedPostgres.start(data)) {
                    assertThat(selectOne(server)).isEqualTo(1);
                }
                return null;
            });

            assertThat(logged).filteredOn(line -> line.contains("left running")).singleElement().asString()
                    .contains("Stopped the embedded PostgreSQL (process " + leftOver + ", port ")
                    .contains("left running in " + data.toAbsolutePath() + " by a run that ended without stopping it");
            assertThat(ProcessHandle.of(leftOver).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
        } finally {
            assertThat(killProcessesOf(data)).isEmpty();
        }
    }

    @Test
    void start_afterAnInitdbThatDidNotFinish_initialisesAgain() throws Exception {
        Path data = dataDirectory();
        Files.createDirectories(data.resolve("base").resolve("1"));
        Files.createDirectories(data.resolve("global"));
        Files.createDirectories(data.resolve("pg_wal"));
        try {
            List<String> logged = logged(() -> {
                try (EmbeddedPostgres server = EmbeddedPostgres.start(data)) {
                    assertThat(selectOne(server)).isEqualTo(1);
                }
                return null;
            });

            assertThat(logged).filteredOn(line -> line.contains("incomplete")).singleElement().asString()
                    .contains("Removed the incomplete PostgreSQL data directory " + data.toAbsolutePath());
            assertThat(data.resolve("PG_VERSION")).exists();
        } finally {
            assertThat(killProcessesOf(data)).isEmpty();
        }
    }

    @Test
    void start_initdbMarkLeftBehind_initialisesAgain() throws Exception {
        Path data = dataDirectory();
        Files.createDirectories(data.resolve("global"));
        Files.writeString(data.resolve("PG_VERSION"), "17\n");
        Files.writeString(data.resolve("postgresql.conf"), "");
        Files.writeString(data.resolve("global").resolve("pg_control"), "");
        Files.writeString(data.resolveSibling("postgresql.initdb"), "1\n");
        try (EmbeddedPostgres server = EmbeddedPostgres.start(data)) {
            assertThat(selectOne(server)).isEqualTo(1);
            assertThat(data.resolveSibling("postgresql.initdb")).doesNotExist();
        } finally {
            assertThat(killProcessesOf(data)).isEmpty();
        }
    }

    @Test
    void start_incompleteDirectoryWithOtherFiles_failsNamingThemAndKeepsThem() throws Exception {
        Path data = dataDirectory();
        Files.createDirectories(data.resolve("base"));
        Files.writeString(data.resolve("notes.txt"), "mine");

        assertThatThrownBy(() -> EmbeddedPostgres.start(data))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("is not a complete PostgreSQL data directory and holds [notes.txt]");
        assertThat(data.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void start_whileAnotherProcessRunsTheServer_waitsUntilItStops() throws Exception {
        Path data = dataDirectory();
        try {
            Process run = EmbeddedServerProcess.start(data);
            CountDownLatch waiting = new CountDownLatch(1);
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            PrintStream standardError = System.err;
            System.setErr(new PrintStream(new LatchingStream(captured, "Waiting up to", waiting), true,
                    StandardCharsets.UTF_8));
            try {
                CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
                    try (EmbeddedPostgres server = EmbeddedPostgres.start(data)) {
                        return selectOne(server);
                    }
                });
                assertThat(waiting.await(2, TimeUnit.MINUTES)).isTrue();
                assertThat(second).isNotDone();
                run.getOutputStream().close();
                assertThat(run.waitFor()).isZero();

                assertThat(second.get(2, TimeUnit.MINUTES)).isEqualTo(1);
            } finally {
                System.setErr(standardError);
            }
            assertThat(captured.toString(StandardCharsets.UTF_8))
                    .contains("Waiting up to PT10M for the embedded PostgreSQL in " + data.toAbsolutePath()
                            + ": process " + run.pid() + " is using it")
                    .doesNotContain("left running");
        } finally {
            assertThat(killProcessesOf(data)).isEmpty();
        }
    }

    @Test
    void start_whileAnotherProcessRunsTheServerLongerThanTheWait_failsTransientlyNamingIt() throws Exception {
        Path data = dataDirectory();
        try {
            Process run = EmbeddedServerProcess.start(data);

            assertThatThrownBy(() -> EmbeddedPostgres.start(data, Duration.ofMillis(1)))
                    .isInstanceOf(TransientException.class)
                    .hasMessageContaining("process " + run.pid() + " still held " + data.toAbsolutePath() + ".lock");
            run.getOutputStream().close();
            assertThat(run.waitFor()).isZero();
        } finally {
            assertThat(killProcessesOf(data)).isEmpty();
        }
    }

    private static int selectOne(EmbeddedPostgres server) {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT 1")) {
            result.next();
            return result.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long leftOverPid(Path data) throws IOException {
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
    }

    /** The log lines written while {@code action} runs. */
    private static List<String> logged(Supplier<Void> action) {
        PrintStream standardError = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.get();
        } finally {
            System.setErr(standardError);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** Kills every process still working in {@code data}, and returns their ids: none, if the code under test is right. */
    private static List<Long> killProcessesOf(Path data) {
        String path = data.toAbsolutePath().toString();
        List<ProcessHandle> left;
        try (Stream<ProcessHandle> processes = ProcessHandle.allProcesses()) {
            left = processes.filter(process -> process.pid() != ProcessHandle.current().pid())
                    .filter(process -> process.info().arguments().map(Arrays::asList)
                            .map(arguments -> arguments.contains(path)).orElse(false))
                    .toList();
        }
        for (ProcessHandle process : left) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.onExit().join();
        }
        return left.stream().map(ProcessHandle::pid).toList();
    }

    /** Copies what is written, and counts {@code latch} down once {@code text} has been written. */
    private static final class LatchingStream extends OutputStream {
        private final ByteArrayOutputStream copy;
        private final String text;
        private final CountDownLatch latch;

        LatchingStream(ByteArrayOutputStream copy, String text, CountDownLatch latch) {
            this.copy = copy;
            this.text = text;
            this.latch = latch;
        }

        @Override
        public synchronized void write(int b) {
            copy.write(b);
            check();
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            copy.write(bytes, offset, length);
            check();
        }

        private void check() {
            if (latch.getCount() > 0 && copy.toString(StandardCharsets.UTF_8).contains(text)) {
                latch.countDown();
            }
        }
    }
}
