package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.List;
import java.util.StringJoiner;

/**
 * The SQL a warehouse understands: {@code postgresql} or {@code redshift}. A dialect only writes statement text from
 * validated {@link SqlIdentifier}s; every value is a bound parameter of the returned {@link SqlStatement}, so the
 * statements can be compared with golden files. The statements shared by both warehouses are default methods;
 * each dialect supplies the ones that differ (column types, temporary tables, locking, the load log, merge).
 * Implementations are immutable and thread-safe.
 */
public sealed interface Dialect permits PostgresDialect, RedshiftDialect {

    /** The configuration name: {@code postgresql} or {@code redshift}. */
    String name();

    /** This dialect adapted to a server of {@code majorVersion} (PostgreSQL merges with MERGE from 15 on). */
    Dialect forServer(int majorVersion);

    /** The column type a warehouse table uses for silver {@code type}. */
    String columnType(ColumnType type);

    /** Statements creating the temporary table {@code name} with {@code columns}, gone when the transaction ends. */
    List<SqlStatement> createTempTable(SqlIdentifier name, String columns);

    /** The statement, run first in a load transaction, that serialises loads of {@code batchId}. */
    SqlStatement lockBatch(SqlIdentifier schema, SqlIdentifier loadLog, String batchId);

    /** Statements creating the load log table if it does not exist; idempotent. */
    List<SqlStatement> createLoadLog(SqlIdentifier schema, SqlIdentifier loadLog);

    /**
     * The statement merging {@code source} (at most one row per key) into {@code target}: rows whose keys exist are
     * updated, the others inserted.
     */
    SqlStatement merge(SqlIdentifier schema, SqlIdentifier target, SqlIdentifier source, List<SqlIdentifier> columns,
            List<SqlIdentifier> keys);

    /** Statements creating the temporary staging table {@code name} for the silver table {@code silver}. */
    default List<SqlStatement> createStagingTable(SqlIdentifier name, Table silver) {
        StringJoiner columns = new StringJoiner(",\n  ", "(\n  ", "\n)");
        silver.columns().forEach(column ->
                columns.add(SqlIdentifier.of(column.name()).quoted() + " " + columnType(column.type())));
        return createTempTable(name, columns.toString());
    }

    /** Statements creating the temporary table {@code name} shaped like {@code schema.target}. */
    default List<SqlStatement> createWorkTable(SqlIdentifier name, SqlIdentifier schema, SqlIdentifier target) {
        return createTempTable(name, "(LIKE " + target.qualifiedBy(schema) + ")");
    }

    /**
     * {@code INSERT INTO table (columns) SELECT r.columns FROM (ruleSql) AS r}: the rule's rows, matched to the
     * table's columns by name.
     */
    default SqlStatement insertRuleRows(String table, List<SqlIdentifier> columns, String ruleSql, List<Object> parameters) {
        return new SqlStatement("INSERT INTO " + table + " " + SqlLists.columnList(columns) + "\nSELECT "
                + SqlLists.prefixed("r", columns) + "\nFROM (\n" + ruleSql + "\n) AS r", parameters);
    }

    /** {@code INSERT INTO schema.target (columns) SELECT columns FROM source}. */
    default SqlStatement insertFrom(SqlIdentifier schema, SqlIdentifier target, SqlIdentifier source,
            List<SqlIdentifier> columns) {
        return SqlStatement.of("INSERT INTO " + target.qualifiedBy(schema) + " " + SqlLists.columnList(columns) + "\nSELECT "
                + SqlLists.plain(columns) + "\nFROM " + source.quoted());
    }

    /** Deletes the rows of {@code schema.target} whose {@code keys} appear in {@code source}. */
    default SqlStatement deleteMatching(SqlIdentifier schema, SqlIdentifier target, SqlIdentifier source,
            List<SqlIdentifier> keys) {
        String qualified = target.qualifiedBy(schema);
        StringJoiner match = new StringJoiner(" AND ");
        keys.forEach(key -> match.add(qualified + "." + key.quoted() + " = " + source.quoted() + "." + key.quoted()));
        return SqlStatement.of("DELETE FROM " + qualified + "\nUSING " + source.quoted() + "\nWHERE " + match);
    }

    /**
     * Fills {@code source} with one row per key of the rows {@code ruleSql} selects: the one with the greatest
     * {@code version} when given, and only if no row of {@code schema.target} with that key has a greater version, so
     * a merge keeps the latest (see {@link LatestPerKey} for how versions compare). The rule's rows are read once,
     * straight into {@code source}. Here with {@code ROW_NUMBER()}.
     */
    default SqlStatement insertLatestPerKey(SqlIdentifier source, String ruleSql, List<Object> parameters,
            SqlIdentifier schema, SqlIdentifier target, List<SqlIdentifier> columns, List<SqlIdentifier> keys,
            List<SqlIdentifier> version) {
        return LatestPerKey.byRowNumber(source, ruleSql, parameters, target.qualifiedBy(schema), columns, keys,
                version);
    }

    /** Selects the rows of {@code schema.target} loaded by {@code batchId}, in a deterministic order. */
    default SqlStatement selectBatchRows(SqlIdentifier schema, SqlIdentifier target, List<SqlIdentifier> columns,
            SqlIdentifier batchColumn, String batchId) {
        return SqlStatement.of("SELECT " + SqlLists.plain(columns) + "\nFROM " + target.qualifiedBy(schema) + "\nWHERE "
                + batchColumn.quoted() + " = ?\nORDER BY " + SqlLists.plain(columns), batchId);
    }

    /** Selects every row of {@code schema.target}, in the order of its columns' values, so reads are repeatable. */
    default SqlStatement selectAllRows(SqlIdentifier schema, SqlIdentifier target, List<SqlIdentifier> columns) {
        return SqlStatement.of("SELECT " + SqlLists.plain(columns) + "\nFROM " + target.qualifiedBy(schema)
                + "\nORDER BY " + SqlLists.plain(columns));
    }

    /** Selects no rows of {@code schema.target}, to read its columns from the result's metadata. */
    default SqlStatement describe(SqlIdentifier schema, SqlIdentifier target) {
        return SqlStatement.of("SELECT * FROM " + target.qualifiedBy(schema) + " WHERE 1 = 0");
    }
}
