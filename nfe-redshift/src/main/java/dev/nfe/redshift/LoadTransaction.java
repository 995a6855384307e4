package dev.nfe.redshift;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.Loader.LoadResult;
import dev.nfe.core.spi.Loader.LoadResult.Status;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.dialect.Dialect;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.SqlStatement;
import dev.nfe.redshift.loadlog.LoadLogEntry;
import dev.nfe.redshift.loadlog.LoadStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One attempt to load one batch, in one transaction: lock the batch, check the load log, stage the silver rows, run
 * every rule, write the {@code loaded} row, commit. Any failure rolls everything back. Used once, by one thread.
 */
final class LoadTransaction {
    private final LoadPlan plan;
    private final Batch batch;
    private final String contentChecksum;
    private final Instant startedAt;
    /** What the attempt is doing, for the failure message. */
    private String step = "connecting";

    LoadTransaction(LoadPlan plan, Batch batch, String contentChecksum, Instant startedAt) {
        this.plan = plan;
        this.batch = batch;
        this.contentChecksum = contentChecksum;
        this.startedAt = startedAt;
    }

    String step() {
        return step;
    }

    /** Runs the attempt on {@code connection}, which it leaves committed or rolled back. */
    LoadResult run(Connection connection) throws SQLException {
        Dialect dialect = plan.dialect().forServer(connection.getMetaData().getDatabaseMajorVersion());
        step = "preparing the staging of " + plan.staged().stream().map(Table::name).toList();
        connection.setAutoCommit(true);
        plan.stager().prepare(connection, batch, plan.staged());
        connection.setAutoCommit(false);
        try {
            LoadResult result = load(dialect, new StatementRunner(connection, plan.statementTimeout()));
            step = "committing";
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            rollback(connection, e);
            throw e;
        }
    }

    private LoadResult load(Dialect dialect, StatementRunner sql) throws SQLException {
        step = "locking the batch";
        sql.update(plan.loadLog().lockStatement(batch.id()));
        step = "reading the load log";
        Optional<LoadLogEntry> loaded = plan.loadLog().findLoaded(sql.connection(), batch.id());
        if (loaded.isPresent()) {
            if (!loaded.get().contentChecksum().equals(contentChecksum)) {
                throw new NfeException("Cannot load batch " + batch.id() + ": it was loaded with content checksum "
                        + loaded.get().contentChecksum() + " but its manifest now gives " + contentChecksum
                        + "; a committed silver batch must not change");
            }
            return new LoadResult(batch.id(), Status.ALREADY_LOADED, Map.of());
        }
        for (Table table : plan.stagingTables()) {
            stage(dialect, sql, table);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (CompiledRule rule : plan.rules()) {
            step = "running rule " + rule.rule().source();
            rows.put(rule.rule().target().name(), run(dialect, sql, rule));
        }
        step = "writing the load log";
        plan.loadLog().record(sql.connection(), new LoadLogEntry(batch.id(), plan.ruleSetChecksum(), contentChecksum,
                plan.targets().stream().map(SqlIdentifier::name).toList(), rows, startedAt, plan.clock().instant(),
                LoadStatus.LOADED, Optional.empty()));
        return new LoadResult(batch.id(), Status.LOADED, rows);
    }

    private void stage(Dialect dialect, StatementRunner sql, Table table) throws SQLException {
        step = "staging " + table.name();
        SqlIdentifier staging = CompiledRule.stagingTable(table.name());
        sql.updateAll(dialect.createStagingTable(staging, table));
        long staged = plan.stager().stage(sql.connection(), staging, table, batch);
        long expected = batch.rows(table.name());
        if (staged != expected) {
            throw new NfeException("Cannot load batch " + batch.id() + ": staged " + staged + " rows of " + table.name()
                    + " but its manifest lists " + expected);
        }
    }

    private long run(Dialect dialect, StatementRunner sql, CompiledRule compiled) throws SQLException {
        LoadRule rule = compiled.rule();
        SqlIdentifier schema = plan.schema();
        List<SqlIdentifier> columns = sql.columns(dialect.describe(schema, rule.target())).stream()
                .map(TargetColumn::identifier).toList();
        List<Object> parameters = compiled.template().bind(Map.of("batch_id", batch.id(), "ingest_date", batch.ingestDate()));
        String ruleSql = compiled.template().sql();
        if (rule.mode() == RuleMode.INSERT) {
            return sql.update(dialect.insertRuleRows(rule.target().qualifiedBy(schema), columns, ruleSql, parameters));
        }
        if (rule.mode() == RuleMode.REPLACE_PARTITION) {
            SqlIdentifier work = SqlIdentifier.of("nfe_rule_" + rule.target().name());
            sql.updateAll(dialect.createWorkTable(work, schema, rule.target()));
            sql.update(dialect.insertRuleRows(work.quoted(), columns, ruleSql, parameters));
            List<SqlIdentifier> keys = rule.keys().isEmpty() ? List.of(plan.batchColumn()) : rule.keys();
            sql.update(dialect.deleteMatching(schema, rule.target(), work, keys));
            return sql.update(dialect.insertFrom(schema, rule.target(), work, columns));
        }
        SqlIdentifier source = SqlIdentifier.of("nfe_src_" + rule.target().name());
        sql.updateAll(dialect.createWorkTable(source, schema, rule.target()));
        sql.update(dialect.insertLatestPerKey(source, ruleSql, parameters, schema, rule.target(), columns, rule.keys(),
                rule.version()));
        SqlStatement merge = dialect.merge(schema, rule.target(), source, columns, rule.keys());
        return sql.update(merge);
    }

    private static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // The connection is likely gone, which ends the transaction anyway; the cause says why.
            cause.addSuppressed(e);
        }
    }
}
