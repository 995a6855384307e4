package dev.nfe.redshift;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One embedded PostgreSQL for a test class, with a fresh schema per test and query helpers. */
final class SharedPostgres implements AutoCloseable {
    private final EmbeddedPostgres server;

    private SharedPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    static SharedPostgres start(Path dataDirectory) {
        return new SharedPostgres(EmbeddedPostgres.start(dataDirectory));
    }

    EmbeddedPostgres server() {
        return server;
    }

    /** A warehouse whose sessions connect to the running server and leave it running. */
    Warehouse warehouse() {
        return () -> new Warehouse.Session() {
            @Override
            public Connection connect() throws SQLException {
                return server.connect();
            }

            @Override
            public void close() {
                // The server outlives the session: the test class stops it.
            }
        };
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = server.connect(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** The rows of {@code sql}, each a map of column name to value, in result order. */
    List<Map<String, Object>> query(String sql) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = server.connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= result.getMetaData().getColumnCount(); i++) {
                    row.put(result.getMetaData().getColumnName(i), result.getObject(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    long count(String sql) throws SQLException {
        return ((Number) query(sql).get(0).values().iterator().next()).longValue();
    }

    @Override
    public void close() {
        server.close();
    }
}
