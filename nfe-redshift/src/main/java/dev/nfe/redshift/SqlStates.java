package dev.nfe.redshift;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Which SQL failures are worth retrying: a lost or refused connection (class 08), a serialization failure (40001), a
 * deadlock (40P01) or an administrator's shutdown of the session (57P01). Anything else, a rule's syntax or data
 * error above all, fails the same way again and is never retried.
 */
final class SqlStates {

    private SqlStates() {
    }

    static boolean isTransient(SQLException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && isTransientState(sql.getSQLState())) {
                return true;
            }
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    static boolean isTransientState(String state) {
        return state != null && (state.startsWith("08") || state.equals("40001") || state.equals("40P01")
                || state.equals("57P01"));
    }

    /** {@code message (SQLState s)}, naming the state the decision was made on. */
    static String describe(SQLException failure) {
        return failure.getMessage() + " (SQLState " + failure.getSQLState() + ")";
    }
}
