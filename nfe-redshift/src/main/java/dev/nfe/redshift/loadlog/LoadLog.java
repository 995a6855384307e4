package dev.nfe.redshift.loadlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.redshift.dialect.Dialect;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The load log table ({@code nfe_load_log} by default): one row per attempt to load a silver batch. A {@code loaded}
 * row is written in the load's own transaction, so it exists exactly when the load's rows do; a {@code failed} row is
 * written after the rollback, in a transaction of its own. All methods run on the caller's connection and
 * transaction. Immutable and thread-safe.
 */
public final class LoadLog {
    /** The default table name. */
    public static final String DEFAULT_TABLE = "nfe_load_log";
    /** The longest error text kept; the rest is cut. */
    static final int MAX_ERROR_LENGTH = 4000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "batch_id, rule_set_checksum, content_checksum, tables, row_counts, "
            + "started_at, finished_at, status, error";

    private final Dialect dialect;
    private final SqlIdentifier schema;
    private final SqlIdentifier table;

    /** The load log {@code schema.table} in {@code dialect}. */
    public LoadLog(Dialect dialect, SqlIdentifier schema, SqlIdentifier table) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.schema = Objects.requireNonNull(schema, "schema");
        this.table = Objects.requireNonNull(table, "table");
    }

    /** The table's schema. */
    public SqlIdentifier schema() {
        return schema;
    }

    /** The table's name. */
    public SqlIdentifier table() {
        return table;
    }

    /** The statements creating the table (and its schema) if missing; run them in one transaction. */
    public List<SqlStatement> createStatements() {
        return dialect.createLoadLog(schema, table);
    }

    /** The statement that serialises loads of {@code batchId}; run it first in the load transaction. */
    public SqlStatement lockStatement(String batchId) {
        return dialect.lockBatch(schema, table, batchId);
    }

    /** The statement inserting {@code entry}. */
    public SqlStatement insertStatement(LoadLogEntry entry) {
        return new SqlStatement("INSERT INTO " + table.qualifiedBy(schema) + " (" + COLUMNS + ")\n"
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(
                        entry.batchId(), entry.ruleSetChecksum(), entry.contentChecksum(),
                        String.join(",", entry.tables()), json(entry.rowCounts()),
                        Timestamp.from(entry.startedAt()), Timestamp.from(entry.finishedAt()),
                        entry.status().value(), entry.error().map(LoadLog::cut).orElse(null)));
    }

    /** The statement selecting the {@code loaded} row of a batch, bound to its id. */
    public SqlStatement findLoadedStatement(String batchId) {
        return SqlStatement.of("SELECT " + COLUMNS + " FROM " + table.qualifiedBy(schema)
                + " WHERE batch_id = ? AND status = 'loaded'", batchId);
    }

    /** The {@code loaded} row of {@code batchId}, if the batch was loaded. */
    public Optional<LoadLogEntry> findLoaded(Connection connection, String batchId) throws SQLException {
        List<LoadLogEntry> entries = query(connection, findLoadedStatement(batchId));
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /** Every row of {@code batchId}, oldest first. */
    public List<LoadLogEntry> entries(Connection connection, String batchId) throws SQLException {
        return query(connection, SqlStatement.of("SELECT " + COLUMNS + " FROM " + table.qualifiedBy(schema)
                + " WHERE batch_id = ? ORDER BY started_at, finished_at", batchId));
    }

    /** Inserts {@code entry}. */
    public void record(Connection connection, LoadLogEntry entry) throws SQLException {
        SqlStatement insert = insertStatement(entry);
        try (PreparedStatement statement = connection.prepareStatement(insert.sql())) {
            bind(statement, insert.parameters());
            statement.executeUpdate();
        }
    }

    private List<LoadLogEntry> query(Connection connection, SqlStatement select) throws SQLException {
        List<LoadLogEntry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(select.sql())) {
            bind(statement, select.parameters());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
        }
        return entries;
    }

    private static LoadLogEntry read(ResultSet rows) throws SQLException {
        String tables = rows.getString(4);
        return new LoadLogEntry(rows.getString(1), rows.getString(2), rows.getString(3),
                tables.isEmpty() ? List.of() : List.of(tables.split(",")), rowCounts(rows.getString(5)),
                rows.getTimestamp(6).toInstant(), rows.getTimestamp(7).toInstant(),
                LoadStatus.fromValue(rows.getString(8)), Optional.ofNullable(rows.getString(9)));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static String json(Map<String, Long> rowCounts) {
        try {
            return JSON.writeValueAsString(rowCounts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write row counts " + rowCounts, e);
        }
    }

    private static Map<String, Long> rowCounts(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Long>>() { });
        } catch (JsonProcessingException e) {
            throw new SQLException("Cannot read row counts '" + json + "' of the load log", e);
        }
    }

    private static String cut(String error) {
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }

    @Override
    public String toString() {
        return "LoadLog[" + table.qualifiedBy(schema) + "]";
    }
}
