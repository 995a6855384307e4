package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.ColumnType;
import java.util.List;

/**
 * The {@code redshift} dialect: {@code varchar(65535)} for text (Redshift's {@code text} is 256 bytes), session
 * temporary tables dropped before they are created, {@code LOCK} on the load log to serialise loads (Redshift has no
 * advisory locks), and {@code MERGE}.
 */
public final class RedshiftDialect implements Dialect {
    /** The longest Redshift {@code varchar}. */
    static final String TEXT = "varchar(65535)";

    /** The Redshift dialect. */
    public static RedshiftDialect create() {
        return new RedshiftDialect();
    }

    private RedshiftDialect() {
    }

    @Override
    public String name() {
        return "redshift";
    }

    @Override
    public Dialect forServer(int majorVersion) {
        return this;
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> TEXT;
            case INT -> "integer";
            case LONG -> "bigint";
            case BOOLEAN -> "boolean";
            case DECIMAL -> "decimal(" + type.precision() + "," + type.scale() + ")";
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
        };
    }

    @Override
    public List<SqlStatement> createTempTable(SqlIdentifier name, String columns) {
        // Redshift temporary tables live until the session ends, not the transaction.
        return List.of(
                SqlStatement.of("DROP TABLE IF EXISTS " + name.quoted()),
                SqlStatement.of("CREATE TEMPORARY TABLE " + name.quoted() + " " + columns));
    }

    @Override
    public SqlStatement lockBatch(SqlIdentifier schema, SqlIdentifier loadLog, String batchId) {
        return SqlStatement.of("LOCK " + loadLog.qualifiedBy(schema));
    }

    @Override
    public List<SqlStatement> createLoadLog(SqlIdentifier schema, SqlIdentifier loadLog) {
        return List.of(
                SqlStatement.of("CREATE SCHEMA IF NOT EXISTS " + schema.quoted()),
                SqlStatement.of(LoadLogColumns.createTable(loadLog.qualifiedBy(schema), TEXT, "timestamptz")));
    }

    @Override
    public SqlStatement merge(SqlIdentifier schema, SqlIdentifier target, SqlIdentifier source,
            List<SqlIdentifier> columns, List<SqlIdentifier> keys) {
        return SqlStatement.of(MergeStatement.write(target.qualifiedBy(schema), source, columns, keys,
                SqlLists.nonKeys(columns, keys)));
    }

    @Override
    public String toString() {
        return "RedshiftDialect";
    }
}
