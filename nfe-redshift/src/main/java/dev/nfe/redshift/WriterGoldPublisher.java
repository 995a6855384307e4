package dev.nfe.redshift;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.dialect.Dialect;
import dev.nfe.redshift.dialect.SqlIdentifier;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the target rows a batch loaded to the gold layer, as one gold batch with the silver batch's id and ingest
 * date, through a {@link LayerWriter}. A format without table state ({@code parquet}) gets, for each target table,
 * the rows whose batch column holds the batch id (data files first, manifest last). A format that keeps table state
 * ({@code iceberg}) gets every row of each target table and makes it the gold table's content, so after each load
 * the gold table equals the warehouse table, and its history says what the table held after any earlier load. A
 * batch already in gold is skipped, so publishing is idempotent and a run that crashed between the load's commit and
 * the gold commit publishes on the next run. Immutable and thread-safe.
 */
final class WriterGoldPublisher implements GoldPublisher {
    private static final Logger log = LoggerFactory.getLogger(WriterGoldPublisher.class);
    private static final int FETCH_SIZE = 10_000;

    private final Storage storage;
    private final LayerWriter writer;
    private final String layer;

    WriterGoldPublisher(Storage storage, LayerWriter writer, String layer) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.layer = StoragePath.requireValid(layer);
    }

    @Override
    public String layer() {
        return layer;
    }

    @Override
    public PublishedGold publish(Connection connection, LoadPlan plan, Batch batch) throws SQLException {
        Dialect dialect = plan.dialect().forServer(connection.getMetaData().getDatabaseMajorVersion());
        StatementRunner sql = new StatementRunner(connection, plan.statementTimeout());
        List<Table> tables = new ArrayList<>();
        List<List<TargetColumn>> columns = new ArrayList<>();
        for (SqlIdentifier target : plan.targets()) {
            List<TargetColumn> described = sql.columns(dialect.describe(plan.schema(), target));
            tables.add(new Table(target.name(), described.stream().map(c -> c.goldColumn(target.name())).toList()));
            columns.add(described);
        }
        Optional<Batch> existing = committed(batch);
        if (existing.isPresent()) {
            return new PublishedGold(existing.get(), tables);
        }
        connection.setAutoCommit(false);
        try {
            Batch published;
            BatchTarget target = new BatchTarget(layer, batch.id(), batch.ingestDate(), tables);
            boolean mirror = writer.keepsTableState();
            try (BatchWriter out = mirror ? writer.openReplacing(storage, target) : writer.open(storage, target)) {
                for (int t = 0; t < tables.size(); t++) {
                    copy(sql, dialect, plan, batch, tables.get(t), columns.get(t), mirror, out);
                }
                published = out.commit();
            }
            connection.commit();
            log.info("Published gold batch {} tables={}", batch.id(), plan.targets().size());
            return new PublishedGold(published, tables);
        } catch (CommitConflictException e) {
            connection.rollback();
            log.info("Gold batch {} was published by another loader", batch.id());
            return new PublishedGold(committed(batch).orElseThrow(() -> e), tables);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private Optional<Batch> committed(Batch batch) {
        return writer.reader(storage, layer).batch(batch.ingestDate(), batch.id());
    }

    private static void copy(StatementRunner sql, Dialect dialect, LoadPlan plan, Batch batch, Table table,
            List<TargetColumn> columns, boolean everyRow, BatchWriter out) throws SQLException {
        List<SqlIdentifier> names = columns.stream().map(TargetColumn::identifier).toList();
        SqlIdentifier target = SqlIdentifier.of(table.name());
        try (PreparedStatement select = sql.prepare(everyRow
                ? dialect.selectAllRows(plan.schema(), target, names)
                : dialect.selectBatchRows(plan.schema(), target, names, plan.batchColumn(), batch.id()))) {
            select.setFetchSize(FETCH_SIZE);
            try (ResultSet rows = select.executeQuery()) {
                Object[] values = new Object[columns.size()];
                while (rows.next()) {
                    for (int i = 0; i < values.length; i++) {
                        values[i] = columns.get(i).read(rows, i + 1, table.columns().get(i).type());
                    }
                    out.write(table, Row.of(values));
                }
            }
        }
    }

    @Override
    public String toString() {
        return "WriterGoldPublisher[" + layer + "]";
    }
}
