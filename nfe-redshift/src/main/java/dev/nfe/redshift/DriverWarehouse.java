package dev.nfe.redshift;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

/**
 * A warehouse reached through the JDBC driver that accepts its URL (PostgreSQL's, or Redshift's when it is on the class
 * path). Every connection is new; there is no pool, since a load holds one connection per batch.
 */
final class DriverWarehouse implements Warehouse {
    private final String url;
    private final Properties properties;

    /** @param properties driver properties (user, password, TLS, timeouts); copied, never shown */
    DriverWarehouse(String url, Properties properties) {
        this.url = Objects.requireNonNull(url, "url");
        this.properties = new Properties();
        this.properties.putAll(properties);
    }

    @Override
    public Session open() {
        return new Session() {
            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(url, properties);
            }

            @Override
            public void close() {
                // Connections are closed by their users; nothing else is held.
            }
        };
    }

    @Override
    public String toString() {
        return "DriverWarehouse[" + url.replaceAll("(?i)password=[^&;]*", "password=[hidden]") + "]";
    }
}
