package dev.nfe.redshift;

import dev.nfe.redshift.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.nfe.redshift.TargetColumn.Nullability;

/**
 * Runs {@link SqlStatement}s on one connection as prepared statements, binding every parameter and applying the
 * statement timeout. Used by one thread for one transaction.
 */
final class StatementRunner {
    private final Connection connection;
    private final int timeoutSeconds;

    StatementRunner(Connection connection, Duration statementTimeout) {
        this.connection = connection;
        this.timeoutSeconds = (int) Math.min(Integer.MAX_VALUE, statementTimeout.toSeconds());
    }

    Connection connection() {
        return connection;
    }

    /** Runs {@code statement} and returns its update count (0 when it returns rows). */
    long update(SqlStatement statement) throws SQLException {
        try (PreparedStatement prepared = prepare(statement)) {
            if (prepared.execute()) {
                return 0;
            }
            return Math.max(0, prepared.getLargeUpdateCount());
        }
    }

    void updateAll(List<SqlStatement> statements) throws SQLException {
        for (SqlStatement statement : statements) {
            update(statement);
        }
    }

    /** The columns of {@code statement}'s result, read from its metadata. */
    List<TargetColumn> columns(SqlStatement statement) throws SQLException {
        try (PreparedStatement prepared = prepare(statement); ResultSet result = prepared.executeQuery()) {
            ResultSetMetaData metadata = result.getMetaData();
            List<TargetColumn> columns = new ArrayList<>(metadata.getColumnCount());
            for (int i = 1; i <= metadata.getColumnCount(); i++) {
                columns.add(new TargetColumn(metadata.getColumnName(i), metadata.getColumnType(i),
                        metadata.getColumnTypeName(i), metadata.getPrecision(i), metadata.getScale(i),
                        metadata.isNullable(i) == ResultSetMetaData.columnNoNulls ? Nullability.REQUIRED : Nullability.NULLABLE));
            }
            return columns;
        }
    }

    PreparedStatement prepare(SqlStatement statement) throws SQLException {
        PreparedStatement prepared = connection.prepareStatement(statement.sql());
        try {
            if (timeoutSeconds > 0) {
                prepared.setQueryTimeout(timeoutSeconds);
            }
            List<Object> parameters = statement.parameters();
            for (int i = 0; i < parameters.size(); i++) {
                prepared.setObject(i + 1, parameters.get(i));
            }
            return prepared;
        } catch (SQLException | RuntimeException e) {
            prepared.close();
            throw e;
        }
    }
}
