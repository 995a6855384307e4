package dev.nfe.redshift;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.dialect.Dialect;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.Stager;
import dev.nfe.redshift.loadlog.LoadLog;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What every load of a {@link JdbcLoader} does, fixed when it is built: the dialect and stager, the compiled rules,
 * the silver tables they stage, the target schema, the batch column and the load log.
 *
 * @param dialect the warehouse's SQL
 * @param stager moves silver rows into staging tables
 * @param rules the compiled rules, in order
 * @param staged the silver tables any rule reads, in order of first use
 * @param stageEveryColumn whether every column of the staged tables is staged, not only those the rules may read
 * @param schema the target schema
 * @param batchColumn the target column holding the load batch id, which gold selects by
 * @param loadLog the load log
 * @param ruleSetChecksum the checksum of the rules
 * @param statementTimeout the longest one statement may run; zero for no limit
 * @param clock the time source for the load log
 */
record LoadPlan(Dialect dialect, Stager stager, List<CompiledRule> rules, List<Table> staged,
        boolean stageEveryColumn, SqlIdentifier schema, SqlIdentifier batchColumn, LoadLog loadLog,
        String ruleSetChecksum, Duration statementTimeout, Clock clock) {
    LoadPlan {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(stager, "stager");
        rules = List.copyOf(rules);
        staged = List.copyOf(staged);
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(batchColumn, "batchColumn");
        Objects.requireNonNull(loadLog, "loadLog");
        Objects.requireNonNull(ruleSetChecksum, "ruleSetChecksum");
        Objects.requireNonNull(statementTimeout, "statementTimeout");
        Objects.requireNonNull(clock, "clock");
    }

    /** This plan with a stager that reads silver rows through {@code silver} where it reads rows at all. */
    LoadPlan readingFrom(LayerReader silver) {
        return new LoadPlan(dialect, stager.readingFrom(silver), rules, staged, stageEveryColumn, schema,
                batchColumn, loadLog, ruleSetChecksum, statementTimeout, clock);
    }

    /**
     * The {@link #staged} tables as they are staged: each with the columns the rules may read, or with every column
     * when {@link #stageEveryColumn} is set or the stager matches columns by position.
     */
    List<Table> stagingTables() {
        if (stageEveryColumn || !stager.stagesColumnSubsets()) {
            return staged;
        }
        return staged.stream().map(table -> readColumns(table, rules)).toList();
    }

    /** The silver tables {@code rules} read, each once, in order of first use. */
    static List<Table> stagedBy(List<CompiledRule> rules) {
        Map<String, Table> tables = new LinkedHashMap<>();
        rules.forEach(rule -> rule.staged().forEach(table -> tables.putIfAbsent(table.name(), table)));
        return List.copyOf(tables.values());
    }

    /**
     * {@code table} with the columns {@code rules} may read of it, in table order; its first column alone when they
     * read none (a rule counting its rows).
     */
    static Table readColumns(Table table, List<CompiledRule> rules) {
        List<Column> read = table.columns().stream()
                .filter(column -> rules.stream().anyMatch(rule -> rule.reads(table, column.name())))
                .toList();
        return new Table(table.name(), read.isEmpty() ? table.columns().subList(0, 1) : read);
    }

    /** The target tables, in rule order. */
    List<SqlIdentifier> targets() {
        return rules.stream().map(rule -> rule.rule().target()).toList();
    }
}
