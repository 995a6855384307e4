package dev.nfe.redshift;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;

/**
 * The warehouse of {@code url: embedded}: an {@link EmbeddedPostgres} started when a load call opens it and stopped
 * when it ends, its data kept in a directory (under the lake folder by default) so that runs build on each other.
 *
 * <p>Two runs of one lake never start two servers on its data: the second waits up to {@code lockWait} for the
 * first to stop its server (the data directory's lock, see {@link EmbeddedPostgres}), then starts it again and finds
 * everything the first loaded; the load log keeps each batch loaded once whichever run gets it. A server left running
 * by a run that died is stopped first. Sessions of one loader in one JVM are refused while another of its sessions
 * is open on the same directory, as a file lock cannot tell two holders of one process apart.
 */
final class EmbeddedWarehouse implements Warehouse {
    private final Path dataDirectory;
    private final Duration lockWait;

    EmbeddedWarehouse(Path dataDirectory, Duration lockWait) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
        this.lockWait = Objects.requireNonNull(lockWait, "lockWait");
    }

    @Override
    public Session open() {
        EmbeddedPostgres server = EmbeddedPostgres.start(dataDirectory, lockWait);
        return new Session() {
            @Override
            public Connection connect() throws SQLException {
                return server.connect();
            }

            @Override
            public void close() {
                server.close();
            }
        };
    }

    @Override
    public String toString() {
        return "EmbeddedWarehouse[" + dataDirectory + "]";
    }
}
