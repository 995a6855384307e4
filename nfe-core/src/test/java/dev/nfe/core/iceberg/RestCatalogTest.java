package dev.nfe.core.iceberg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.iceberg.CatalogProperties;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.jdbc.JdbcCatalog;
import org.apache.iceberg.rest.RESTCatalogAdapter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code rest} catalog against Iceberg's own REST catalog server logic ({@link RESTCatalogAdapter}, in process),
 * backed by a JDBC catalog on the same lake: a batch is committed through the REST protocol, read back, and not
 * committed twice; a schema change adds the new column.
 */
class RestCatalogTest {
    private static final Table NOTES = new Table("notes", List.of(
            new Column("id", ColumnType.TEXT, true, "id"),
            new Column("amount", ColumnType.MONEY, false, "amount"),
            new Column("batch_id", ColumnType.TEXT, true, "lineage")));
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path directory;

    private LocalStorage storage;
    private JdbcCatalog backend;
    private LayerWriter writer;

    @BeforeEach
    void startServer() {
        storage = new LocalStorage(directory);
        StorageFileIO io = new StorageFileIO(storage);
        backend = new JdbcCatalog(ignored -> io, props -> new MetadataClosingClientPool(
                "jdbc:sqlite:" + directory.resolve("server.db"), props), true);
        backend.initialize("server", Map.of(CatalogProperties.URI, "jdbc:sqlite:" + directory.resolve("server.db"),
                CatalogProperties.WAREHOUSE_LOCATION, storage.location("")));
        RESTCatalogAdapter server = new RESTCatalogAdapter(backend);
        IcebergLayerWriterFactory factory = new IcebergLayerWriterFactory(
                () -> Stream.of(new RestCatalogFactory(config -> server)));
        writer = factory.create(new ConfigSection("transform.writer", Map.of("catalog",
                Map.of("type", "rest", "uri", "http://catalog.invalid/api"))),
                new PluginContext("p", Clock.systemUTC(), name -> Optional.empty()));
    }

    @AfterEach
    void stopServer() throws Exception {
        backend.close();
    }

    @Test
    void commit_throughTheRestProtocol_isReadBackAndNotRepeated() {
        commit("p.b1", NOTES, Row.of("n1", new BigDecimal("10.50"), "p.b1"), Row.of("n2", null, "p.b1"));

        LayerReader reader = writer.reader(storage, "silver");
        Batch batch = reader.batch(DAY, "p.b1").orElseThrow();
        try (Stream<Row> rows = reader.rows(batch, NOTES)) {
            assertThat(rows.toList()).containsExactly(Row.of("n1", new BigDecimal("10.50"), "p.b1"),
                    Row.of("n2", null, "p.b1"));
        }
        assertThat(backend.loadTable(TableIdentifier.of(Namespace.of("silver"), "notes")).currentSnapshot().summary())
                .containsEntry("nfe.batch-id", "p.b1");
        assertThatThrownBy(() -> writer.open(storage, new BatchTarget("silver", "p.b1", DAY, List.of(NOTES))))
                .isInstanceOf(CommitConflictException.class);
    }

    @Test
    void commit_tableWithANewOptionalColumn_addsItAndKeepsTheOldRowsReadable() {
        commit("p.b1", NOTES, Row.of("n1", new BigDecimal("1.00"), "p.b1"));
        Table wider = new Table("notes", List.of(NOTES.columns().get(0), NOTES.columns().get(1),
                NOTES.columns().get(2), new Column("memo", ColumnType.TEXT, false, "memo")));

        commit("p.b2", wider, Row.of("n2", new BigDecimal("2.00"), "p.b2", "later"));

        LayerReader reader = writer.reader(storage, "silver");
        assertThat(backend.loadTable(TableIdentifier.of(Namespace.of("silver"), "notes")).schema().findField("memo"))
                .isNotNull();
        try (Stream<Row> old = reader.rows(reader.batch(DAY, "p.b1").orElseThrow(), wider)) {
            assertThat(old.toList()).containsExactly(Row.of("n1", new BigDecimal("1.00"), "p.b1", null));
        }
        try (Stream<Row> recent = reader.rows(reader.batch(DAY, "p.b2").orElseThrow(), wider)) {
            assertThat(recent.toList()).containsExactly(Row.of("n2", new BigDecimal("2.00"), "p.b2", "later"));
        }
        IcebergTables tables = IcebergTables.of(writer, storage, "silver").orElseThrow();
        assertThat(tables.table("notes", IcebergTables.AsOf.CURRENT).columns()).extracting(Column::name)
                .containsExactly("id", "amount", "batch_id", "memo", "ingest_date");
        try (Stream<Row> all = tables.rows("notes", IcebergTables.AsOf.CURRENT)) {
            assertThat(all.toList()).containsExactlyInAnyOrder(
                    Row.of("n1", new BigDecimal("1.00"), "p.b1", null, DAY),
                    Row.of("n2", new BigDecimal("2.00"), "p.b2", "later", DAY));
        }
    }

    private void commit(String batchId, Table table, Row... rows) {
        try (BatchWriter batch = writer.open(storage, new BatchTarget("silver", batchId, DAY, List.of(table)))) {
            for (Row row : rows) {
                batch.write(table, row);
            }
            batch.commit();
        }
    }
}
