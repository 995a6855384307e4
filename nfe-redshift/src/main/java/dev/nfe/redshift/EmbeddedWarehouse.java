package dev.nfe.redshift;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

/**
 * The warehouse of {@code url: embedded}: an {@link EmbeddedPostgres} started when a load call opens it and stopped
 * when it ends, its data kept in a directory (under the lake folder by default) so that runs build on each other.
 */
final class EmbeddedWarehouse implements Warehouse {
    private final Path dataDirectory;

    EmbeddedWarehouse(Path dataDirectory) {
        this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
    }

    @Override
    public Session open() {
        EmbeddedPostgres server = EmbeddedPostgres.start(dataDirectory);
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
