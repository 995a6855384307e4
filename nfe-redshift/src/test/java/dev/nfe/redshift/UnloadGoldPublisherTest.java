package dev.nfe.redshift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.startsWith;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.nfe.core.silver.ManifestLayerReader;
import dev.nfe.core.silver.ParquetLayerWriterFactory;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.Loader.LoadResult.Status;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.redshift.dialect.RedshiftDialect;
import dev.nfe.redshift.dialect.RedshiftUnload;
import dev.nfe.redshift.dialect.S3Access;
import dev.nfe.redshift.dialect.S3CopyStager;
import dev.nfe.redshift.dialect.SqlIdentifier;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

/**
 * Gold by UNLOAD, with a local storage standing in for the S3 root: the mocked Redshift connection answers each
 * UNLOAD by writing what Redshift would (Parquet part files and a MANIFEST VERBOSE manifest under the prefix), and
 * the lake's manifest must then make the rows readable as a gold batch.
 */
class UnloadGoldPublisherTest {
    private static final String S3_ROOT = "s3://nfe-lake/prod";
    private static final S3Access S3 = new S3Access(S3_ROOT, "arn:aws:iam::123456789012:role/nfe-redshift");
    private static final Pattern UNLOAD_TO = Pattern.compile("(?s)^UNLOAD \\(.*\\)\nTO '" + Pattern.quote(S3_ROOT)
            + "/([^']+)'.*");
    private static final Batch BATCH = new Batch("b1", "silver", LocalDate.of(2026, 1, 2), List.of(
            new BatchFile("silver/nfe/ingest_date=2026-01-02/batch=b1/part-00000.parquet", "nfe", 2, 100, "aa".repeat(32)),
            new BatchFile("silver/nfe_item/ingest_date=2026-01-02/batch=b1/part-00000.parquet", "nfe_item", 3, 100,
                    "bb".repeat(32))));
    private static final LoadRule BY_UF = LoadRule.parse("sales_by_uf.sql",
            "SELECT n.emit_uf AS uf, SUM(n.icms_tot_v_nf) AS total, :batch_id AS batch_id\n"
                    + "FROM ${staging.nfe} AS n GROUP BY n.emit_uf");
    private static final LoadRule BY_ITEM = LoadRule.parse("sales_by_item.sql",
            "SELECT i.chave, i.n_item, :batch_id AS batch_id FROM ${staging.nfe_item} AS i");
    private static final Table GOLD_BY_UF = new Table("sales_by_uf", List.of(
            new Column("uf", ColumnType.TEXT, true, "sales_by_uf.uf"),
            new Column("total", ColumnType.decimal(15, 2), true, "sales_by_uf.total"),
            new Column("batch_id", ColumnType.TEXT, true, "sales_by_uf.batch_id")));
    private static final Table GOLD_BY_ITEM = new Table("sales_by_item", List.of(
            new Column("chave", ColumnType.TEXT, true, "sales_by_item.chave"),
            new Column("n_item", ColumnType.INT, true, "sales_by_item.n_item"),
            new Column("batch_id", ColumnType.TEXT, true, "sales_by_item.batch_id")));
    private static final Map<String, Table> GOLD = Map.of("sales_by_uf", GOLD_BY_UF, "sales_by_item", GOLD_BY_ITEM);
    private static final Map<String, List<Row>> ROWS = Map.of(
            "sales_by_uf", List.of(Row.of("RJ", new BigDecimal("10.50"), "b1"), Row.of("SP", new BigDecimal("99.99"), "b1")),
            "sales_by_item", List.of(Row.of("3526a", 1, "b1"), Row.of("3526a", 2, "b1"), Row.of("3526b", 1, "b1")));

    @TempDir
    Path lake;

    private final List<String> transcript = new ArrayList<>();
    private String failOn = "";
    private final List<Connection> connections = new ArrayList<>();
    private final LayerWriter scratchWriter = new ParquetLayerWriterFactory().create(ConfigSection.empty("w"),
            SilverFixture.CONTEXT);

    private Storage storage() {
        return new LocalStorage(lake);
    }

    private JdbcLoader loader() {
        Warehouse warehouse = () -> new Warehouse.Session() {
            @Override
            public Connection connect() throws SQLException {
                transcript.add("-- connection");
                return connection(failOn);
            }

            @Override
            public void close() {
                transcript.add("-- warehouse closed");
            }
        };
        return JdbcLoader.builder(warehouse, RedshiftDialect.create(), new S3CopyStager(S3), storage())
                .silverTables(SilverFixture.TABLES)
                .schema(SqlIdentifier.of("sales"))
                .rules(List.of(BY_UF, BY_ITEM))
                .retry(1, Duration.ofMillis(1), Duration.ofMillis(1))
                .goldByUnload(new RedshiftUnload(S3), "gold")
                .build();
    }

    /** A connection answering like Redshift; statements containing {@code failOn} fail with a syntax error. */
    private Connection connection(String failOn) throws SQLException {
        Connection connection = mock(Connection.class);
        DatabaseMetaData metadata = mock(DatabaseMetaData.class);
        when(metadata.getDatabaseMajorVersion()).thenReturn(8);
        when(connection.getMetaData()).thenReturn(metadata);
        doAnswer(call -> transcript.add("-- autocommit " + call.getArgument(0))).when(connection).setAutoCommit(anyBoolean());
        doAnswer(call -> transcript.add("-- commit")).when(connection).commit();
        doAnswer(call -> transcript.add("-- rollback")).when(connection).rollback();
        when(connection.prepareStatement(anyString())).thenAnswer(call -> statement(call.getArgument(0), failOn));
        connections.add(connection);
        return connection;
    }

    private PreparedStatement statement(String sql, String failOn) throws SQLException {
        transcript.add(sql);
        PreparedStatement statement = mock(PreparedStatement.class);
        doAnswer(call -> null).when(statement).setObject(anyInt(), any());
        if (!failOn.isEmpty() && sql.contains(failOn)) {
            SQLException failure = new SQLException("simulated failure", "42601");
            when(statement.execute()).thenThrow(failure);
            when(statement.executeUpdate()).thenThrow(failure);
            return statement;
        }
        Matcher unload = UNLOAD_TO.matcher(sql);
        if (unload.matches()) {
            when(statement.execute()).thenAnswer(call -> {
                unloadAsRedshiftWould(unload.group(1), sql);
                return false;
            });
        } else {
            when(statement.execute()).thenReturn(false);
        }
        when(statement.getLargeUpdateCount()).thenReturn(2L);
        when(statement.executeUpdate()).thenReturn(1);
        ResultSet result = mock(ResultSet.class);
        when(statement.executeQuery()).thenReturn(result);
        if (sql.startsWith("SELECT COUNT(*) FROM \"nfe_stg_")) {
            String table = sql.substring("SELECT COUNT(*) FROM \"nfe_stg_".length(), sql.length() - 1);
            when(result.next()).thenReturn(true, false);
            when(result.getLong(1)).thenReturn(BATCH.rows(table));
        } else if (sql.startsWith("SELECT * FROM \"sales\".")) {
            Table table = GOLD.get(sql.substring("SELECT * FROM \"sales\".\"".length(), sql.indexOf("\" WHERE")));
            ResultSetMetaData described = mock(ResultSetMetaData.class);
            when(described.getColumnCount()).thenReturn(table.columns().size());
            for (int i = 0; i < table.columns().size(); i++) {
                Column column = table.columns().get(i);
                when(described.getColumnName(i + 1)).thenReturn(column.name());
                when(described.getColumnType(i + 1)).thenReturn(switch (column.type().kind()) {
                    case DECIMAL -> Types.NUMERIC;
                    case INT -> Types.INTEGER;
                    default -> Types.VARCHAR;
                });
                when(described.getColumnTypeName(i + 1)).thenReturn("x");
                when(described.getPrecision(i + 1)).thenReturn(15);
                when(described.getScale(i + 1)).thenReturn(2);
                when(described.isNullable(i + 1)).thenReturn(ResultSetMetaData.columnNoNulls);
            }
            when(result.getMetaData()).thenReturn(described);
            when(result.next()).thenReturn(false);
        } else {
            when(result.next()).thenReturn(false);
        }
        return statement;
    }

    /**
     * What Redshift does for {@code UNLOAD … TO 's3://root/<prefix>' … MANIFEST VERBOSE}: Parquet files named
     * {@code <prefix>000.parquet…} (here two, to prove every listed file counts) and {@code <prefix>manifest}.
     */
    private void unloadAsRedshiftWould(String prefix, String sql) throws IOException {
        String tableName = sql.substring(sql.indexOf("FROM \"sales\".\"") + "FROM \"sales\".\"".length());
        Table table = GOLD.get(tableName.substring(0, tableName.indexOf('"')));
        List<Row> rows = ROWS.get(table.name());
        StringBuilder entries = new StringBuilder();
        for (int part = 0; part < 2; part++) {
            List<Row> slice = part == 0 ? rows.subList(0, 1) : rows.subList(1, rows.size());
            String key = prefix + "00" + part + ".parquet";
            long bytes = writeParquet(table, slice, key);
            entries.append(part == 0 ? "" : ",\n").append("  {\"url\":\"").append(S3_ROOT).append('/').append(key)
                    .append("\", \"meta\": {\"content_length\": ").append(bytes).append(", \"record_count\": ")
                    .append(slice.size()).append("}}");
        }
        String manifest = "{\n\"entries\": [\n" + entries + "\n],\n\"schema\": {\"elements\": []},\n"
                + "\"author\": {\"name\": \"Amazon Redshift\", \"version\": \"1.0.0\"},\n"
                + "\"meta\": {\"content_length\": 0, \"record_count\": " + rows.size() + "}\n}\n";
        try (AtomicOutputStream out = storage().newOutputFile(prefix + "manifest").createOrOverwrite()) {
            out.write(manifest.getBytes(StandardCharsets.UTF_8));
        }
    }

    private long writeParquet(Table table, List<Row> rows, String key) throws IOException {
        String scratchId = "s" + Math.abs(key.hashCode());
        Batch scratch;
        try (BatchWriter writer = scratchWriter.open(storage(), new BatchTarget("scratch", scratchId,
                BATCH.ingestDate(), List.of(table)))) {
            rows.forEach(row -> writer.write(table, row));
            scratch = writer.commit();
        }
        String written = scratch.files().get(0).path();
        try (InputStream in = storage().newInputFile(written).newStream();
                AtomicOutputStream out = storage().newOutputFile(key).createOrOverwrite()) {
            in.transferTo(out);
        }
        return Files.size(lake.resolve(key));
    }

    private List<String> unloads() {
        return transcript.stream().filter(sql -> sql.startsWith("UNLOAD")).toList();
    }

    private Batch goldBatch() {
        return new ManifestLayerReader(storage(), "gold").batch(BATCH.ingestDate(), BATCH.id()).orElseThrow();
    }

    private List<Row> goldRows(Batch batch, Table table) {
        try (Stream<Row> rows = new ManifestLayerReader(storage(), "gold").rows(batch, table)) {
            return rows.toList();
        }
    }

    @Test
    void load_goldByUnload_goldBatchReadsBackTheUnloadedRows() {
        assertThat(loader().load(List.of(BATCH))).extracting(r -> r.status()).containsExactly(Status.LOADED);

        Batch gold = goldBatch();
        new ManifestLayerReader(storage(), "gold").verify(gold);
        assertThat(gold.files()).extracting(BatchFile::path).containsExactly(
                "gold/sales_by_uf/ingest_date=2026-01-02/batch=b1/part_000.parquet",
                "gold/sales_by_uf/ingest_date=2026-01-02/batch=b1/part_001.parquet",
                "gold/sales_by_item/ingest_date=2026-01-02/batch=b1/part_000.parquet",
                "gold/sales_by_item/ingest_date=2026-01-02/batch=b1/part_001.parquet");
        assertThat(goldRows(gold, GOLD_BY_UF)).containsExactlyElementsOf(ROWS.get("sales_by_uf"));
        assertThat(goldRows(gold, GOLD_BY_ITEM)).containsExactlyElementsOf(ROWS.get("sales_by_item"));
    }

    @Test
    void load_goldByUnload_unloadsEachTargetInRuleOrderAfterTheLoadCommits() throws SQLException {
        loader().load(List.of(BATCH));

        assertThat(unloads()).hasSize(2);
        assertThat(unloads().get(0)).contains("FROM \"sales\".\"sales_by_uf\"");
        assertThat(unloads().get(1)).contains("FROM \"sales\".\"sales_by_item\"");
        Connection load = connections.get(1);
        Connection publish = connections.get(2);
        InOrder order = inOrder(load, publish);
        order.verify(load).prepareStatement("LOCK \"sales\".\"nfe_load_log\"");
        order.verify(load).commit();
        order.verify(publish).prepareStatement(startsWith("UNLOAD ('SELECT \"uf\", \"total\", \"batch_id\""));
        order.verify(publish).prepareStatement(startsWith("UNLOAD ('SELECT \"chave\", \"n_item\", \"batch_id\""));
    }

    @Test
    void load_ruleFails_unloadsNothing() {
        failOn = "INSERT INTO \"sales\".\"sales_by_uf\"";

        assertThatThrownBy(() -> loader().load(List.of(BATCH)))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("sales_by_uf.sql");
        assertThat(unloads()).isEmpty();
        assertThat(new ManifestLayerReader(storage(), "gold").batch(BATCH.ingestDate(), BATCH.id())).isEmpty();
    }

    @Test
    void load_rerunOfPublishedBatch_unloadsNothingAndKeepsTheManifest() throws IOException {
        loader().load(List.of(BATCH));
        Path manifest = lake.resolve("gold/_manifests/ingest_date=2026-01-02/batch=b1/_manifest.json");
        byte[] first = Files.readAllBytes(manifest);
        transcript.clear();

        loader().load(List.of(BATCH));

        assertThat(unloads()).isEmpty();
        assertThat(Files.readAllBytes(manifest)).isEqualTo(first);
    }
}
