package dev.nfe.redshift;

import dev.nfe.core.silver.LayerCommitter;
import dev.nfe.core.silver.LayerCommitter.DataFile;
import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.ObjectNotFoundException;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoragePath;
import dev.nfe.core.spi.Table;
import dev.nfe.redshift.dialect.RedshiftUnload;
import dev.nfe.redshift.dialect.RedshiftUnload.UnloadedFile;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.SqlStatement;
import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes gold from Redshift itself: for each target table, an {@code UNLOAD … FORMAT AS PARQUET MANIFEST VERBOSE}
 * writes the batch's rows straight into the table's gold folder, and once every table is unloaded the files Redshift's
 * manifests list are committed with the lake's own {@code _manifest.json} ({@link LayerCommitter}), so readers see
 * the batch only when all of it is there. Redshift's manifests map to storage keys through the S3 root, which must be
 * the storage's root. Rerunning after a crash repeats the UNLOADs, which overwrite the same prefix; a batch whose gold
 * manifest exists is skipped.
 */
final class UnloadGoldPublisher implements GoldPublisher {
    private static final Logger log = LoggerFactory.getLogger(UnloadGoldPublisher.class);
    private static final String PART_PREFIX = "part_";

    private final Storage storage;
    private final RedshiftUnload unload;
    private final String layer;

    UnloadGoldPublisher(Storage storage, RedshiftUnload unload, String layer) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.unload = Objects.requireNonNull(unload, "unload");
        this.layer = StoragePath.requireValid(layer);
    }

    @Override
    public String layer() {
        return layer;
    }

    @Override
    public PublishedGold publish(Connection connection, LoadPlan plan, Batch batch) throws SQLException {
        connection.setAutoCommit(true);
        StatementRunner sql = new StatementRunner(connection, plan.statementTimeout());
        List<Table> tables = new ArrayList<>();
        List<List<SqlIdentifier>> columns = new ArrayList<>();
        for (SqlIdentifier target : plan.targets()) {
            List<TargetColumn> described = sql.columns(plan.dialect().describe(plan.schema(), target));
            List<Column> gold = described.stream().map(c -> c.goldColumn(target.name())).toList();
            tables.add(new Table(target.name(), gold));
            columns.add(described.stream().map(TargetColumn::identifier).toList());
        }
        Optional<Batch> existing = committed(batch);
        if (existing.isPresent()) {
            return new PublishedGold(existing.get(), tables);
        }
        BatchTarget target = new BatchTarget(layer, batch.id(), batch.ingestDate(), tables);
        List<DataFile> files = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            String table = tables.get(t).name();
            String prefix = LayerCommitter.dataFolder(target, table) + PART_PREFIX;
            sql.update(SqlStatement.of(unload.unloadSql(plan.schema(), SqlIdentifier.of(table), columns.get(t),
                    plan.batchColumn(), batch.id(), prefix)));
            for (UnloadedFile file : unloaded(prefix)) {
                files.add(new DataFile(file.key(), table, file.rows()));
            }
        }
        Batch published;
        try {
            published = new LayerCommitter(storage).commit(target, files);
        } catch (CommitConflictException e) {
            log.info("Gold batch {} was published by another loader", batch.id());
            return new PublishedGold(committed(batch).orElseThrow(() -> e), tables);
        }
        log.info("Published gold batch {} by UNLOAD tables={} files={}", batch.id(), tables.size(), files.size());
        return new PublishedGold(published, tables);
    }

    private Optional<Batch> committed(Batch batch) {
        return new ManifestLayerReader(storage, layer).batch(batch.ingestDate(), batch.id());
    }

    private List<UnloadedFile> unloaded(String prefix) {
        String path = RedshiftUnload.manifestKey(prefix);
        try (InputStream in = storage.newInputFile(path).newStream()) {
            return unload.readManifest(in, path);
        } catch (ObjectNotFoundException e) {
            throw new NfeException("Cannot publish gold: UNLOAD wrote no manifest at " + path
                    + " (is redshift.s3Root the storage's root?)", e);
        } catch (IOException e) {
            throw new NfeException("Cannot read UNLOAD manifest " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "UnloadGoldPublisher[" + layer + "]";
    }
}
