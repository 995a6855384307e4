package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.ColumnType;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.StringJoiner;

/**
 * The {@code postgresql} dialect: temporary tables dropped at commit, a transaction-scoped advisory lock per batch,
 * and {@code MERGE} on PostgreSQL 15 and later or {@code INSERT … ON CONFLICT} before (which needs a unique index on
 * the merge keys).
 */
public final class PostgresDialect implements Dialect {
    /** The first major version with {@code MERGE}. */
    static final int MERGE_SINCE = 15;

    private final MergeStyle mergeStyle;

    /** How rows are merged into a target table. */
    enum MergeStyle { MERGE, ON_CONFLICT }

    private PostgresDialect(MergeStyle mergeStyle) {
        this.mergeStyle = mergeStyle;
    }

    /** The dialect for a PostgreSQL server of {@code majorVersion}. */
    public static PostgresDialect forVersion(int majorVersion) {
        return new PostgresDialect(majorVersion >= MERGE_SINCE ? MergeStyle.MERGE : MergeStyle.ON_CONFLICT);
    }

    /** Whether merge rules run {@code MERGE} (PostgreSQL 15 and later) rather than {@code INSERT … ON CONFLICT}. */
    public boolean mergesWithMerge() {
        return mergeStyle == MergeStyle.MERGE;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public Dialect forServer(int majorVersion) {
        return forVersion(majorVersion);
    }

    @Override
    public String columnType(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> "text";
            case INT -> "integer";
            case LONG -> "bigint";
            case BOOLEAN -> "boolean";
            case DECIMAL -> "numeric(" + type.precision() + "," + type.scale() + ")";
            case DATE -> "date";
            case TIMESTAMP -> "timestamptz";
        };
    }

    @Override
    public List<SqlStatement> createTempTable(SqlIdentifier name, String columns) {
        return List.of(SqlStatement.of("CREATE TEMPORARY TABLE " + name.quoted() + " " + columns + " ON COMMIT DROP"));
    }

    @Override
    public SqlStatement lockBatch(SqlIdentifier schema, SqlIdentifier loadLog, String batchId) {
        return SqlStatement.of("SELECT pg_advisory_xact_lock(?)", lockKey(loadLog.qualifiedBy(schema) + "/" + batchId));
    }

    @Override
    public List<SqlStatement> createLoadLog(SqlIdentifier schema, SqlIdentifier loadLog) {
        String table = loadLog.qualifiedBy(schema);
        SqlIdentifier index = SqlIdentifier.of(loadLog.name() + "_loaded");
        return List.of(
                // CREATE … IF NOT EXISTS races with itself in PostgreSQL; the lock makes concurrent loaders take turns.
                SqlStatement.of("SELECT pg_advisory_xact_lock(?)", lockKey(table)),
                SqlStatement.of("CREATE SCHEMA IF NOT EXISTS " + schema.quoted()),
                SqlStatement.of(LoadLogColumns.createTable(table, "text", "timestamptz")),
                SqlStatement.of("CREATE UNIQUE INDEX IF NOT EXISTS " + index.quoted() + " ON " + table
                        + " (batch_id) WHERE status = 'loaded'"));
    }

    @Override
    public SqlStatement merge(SqlIdentifier schema, SqlIdentifier target, SqlIdentifier source,
            List<SqlIdentifier> columns, List<SqlIdentifier> keys) {
        List<SqlIdentifier> updated = SqlLists.nonKeys(columns, keys);
        String table = target.qualifiedBy(schema);
        if (mergeStyle == MergeStyle.ON_CONFLICT) {
            StringJoiner set = new StringJoiner(", ");
            updated.forEach(column -> set.add(column.quoted() + " = EXCLUDED." + column.quoted()));
            String action = updated.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + set;
            return SqlStatement.of("INSERT INTO " + table + " " + SqlLists.columnList(columns) + "\nSELECT "
                    + SqlLists.plain(columns) + "\nFROM " + source.quoted() + "\nON CONFLICT "
                    + SqlLists.columnList(keys) + " " + action);
        }
        return SqlStatement.of(MergeStatement.write(table, source, columns, keys, updated));
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here with {@code DISTINCT ON}, which keeps the first row of each key straight from the sort by key and
     * version, without numbering every row.
     */
    @Override
    public SqlStatement insertLatestPerKey(SqlIdentifier source, String ruleSql, List<Object> parameters,
            SqlIdentifier schema, SqlIdentifier target, List<SqlIdentifier> columns, List<SqlIdentifier> keys,
            List<SqlIdentifier> version) {
        return LatestPerKey.byDistinctOn(source, ruleSql, parameters, target.qualifiedBy(schema), columns, keys,
                version);
    }

    /** A 64-bit advisory lock key for {@code name}: the first 8 bytes of its SHA-256, the same in every JVM. */
    static long lockKey(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "PostgresDialect[" + mergeStyle + "]";
    }
}
