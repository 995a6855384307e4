package dev.nfe.redshift;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the loader's connections come from. {@link #open()} makes the warehouse reachable for one load call (an
 * embedded server starts there) and the returned handle hands out connections until it is closed.
 */
@FunctionalInterface
public interface Warehouse {

    /** Makes the warehouse reachable until the returned handle is closed. */
    Session open();

    /** The warehouse while it is open. */
    interface Session extends AutoCloseable {

        /** A new connection; the caller closes it. */
        Connection connect() throws SQLException;

        /** Releases the warehouse (stops an embedded server); connections are closed by then. */
        @Override
        void close();
    }
}
