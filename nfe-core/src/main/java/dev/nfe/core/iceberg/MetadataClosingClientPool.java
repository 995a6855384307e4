package dev.nfe.core.iceberg;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.iceberg.jdbc.JdbcClientPool;

/**
 * The JDBC catalog's connection pool, closing after each catalog call the {@link DatabaseMetaData} result sets the
 * catalog leaves open when it looks for its own tables. On SQLite an open result set is an open read transaction,
 * which would hold the database's lock and pin the connection to an old snapshot of the catalog, so that it never
 * saw another connection's commits. Thread-safe like the pool.
 */
final class MetadataClosingClientPool extends JdbcClientPool {
    private final Map<Connection, MetadataResults> results = new ConcurrentHashMap<>();

    MetadataClosingClientPool(String url, Map<String, String> properties) {
        super(url, properties);
    }

    @Override
    public <R> R run(Action<R, Connection, SQLException> action, boolean retry) throws SQLException,
            InterruptedException {
        return super.run(connection -> {
            try {
                return action.run(connection);
            } finally {
                metadataResults(connection).closeAll();
            }
        }, retry);
    }

    @Override
    protected Connection newClient() {
        Connection connection = super.newClient();
        MetadataResults opened = new MetadataResults();
        Connection tracked = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    Object value = invoke(connection, method, args);
                    return value instanceof DatabaseMetaData metadata ? opened.tracking(metadata) : value;
                });
        results.put(tracked, opened);
        return tracked;
    }

    @Override
    protected void close(Connection client) {
        metadataResults(client).closeAll();
        results.remove(client);
        super.close(client);
    }

    private MetadataResults metadataResults(Connection connection) {
        return results.getOrDefault(connection, MetadataResults.NONE);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The result sets a connection's metadata handed out since the last catalog call ended. */
    private static final class MetadataResults {
        /** The results of a connection this pool did not open: none to close. */
        static final MetadataResults NONE = new MetadataResults();

        private final List<ResultSet> open = new ArrayList<>();

        DatabaseMetaData tracking(DatabaseMetaData metadata) {
            return (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                    new Class<?>[] {DatabaseMetaData.class}, (proxy, method, args) -> {
                        Object value = invoke(metadata, method, args);
                        if (value instanceof ResultSet result) {
                            synchronized (open) {
                                open.add(result);
                            }
                        }
                        return value;
                    });
        }

        void closeAll() {
            synchronized (open) {
                for (ResultSet result : open) {
                    try {
                        result.close();
                    } catch (SQLException e) {
                        // the statement is gone with its connection
                    }
                }
                open.clear();
            }
        }
    }
}
