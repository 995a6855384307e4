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
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Loader.LoadResult;
import dev.nfe.core.spi.Loader.LoadResult.Status;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.TransientException;
import dev.nfe.core.storage.LocalStorage;
import dev.nfe.redshift.dialect.GoldenFile;
import dev.nfe.redshift.dialect.RedshiftDialect;
import dev.nfe.redshift.dialect.S3Access;
import dev.nfe.redshift.dialect.S3CopyStager;
import dev.nfe.redshift.dialect.SpectrumStager;
import dev.nfe.redshift.dialect.SqlIdentifier;
import dev.nfe.redshift.dialect.Stager;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.InOrder;

/**
 * The JDBC conversation of a Redshift load, which cannot run here: a mocked driver records every statement and
 * transaction call, and the transcript is compared with a golden file; mockito checks the transaction boundaries.
 */
class RedshiftLoadSequenceTest {
    private static final Batch BATCH = new Batch("b1", "silver", LocalDate.of(2026, 1, 2), List.of(
            new BatchFile("silver/nfe/ingest_date=2026-01-02/batch=b1/part-00000.parquet", "nfe", 2, 100, "aa".repeat(32)),
            new BatchFile("silver/nfe_item/ingest_date=2026-01-02/batch=b1/part-00000.parquet", "nfe_item", 3, 100,
                    "bb".repeat(32))));
    private static final LoadRule BY_UF = LoadRule.parse("sales_by_uf.sql",
            "SELECT n.emit_uf AS uf, SUM(n.icms_tot_v_nf) AS total, :batch_id AS batch_id\n"
                    + "FROM ${staging.nfe} AS n GROUP BY n.emit_uf");
    private static final LoadRule BY_ITEM = LoadRule.parse("sales_by_item.sql",
            "-- @mode: merge\n-- @keys: chave, n_item\n"
                    + "SELECT i.chave, i.n_item, i.prod_v_prod, :batch_id AS batch_id FROM ${staging.nfe_item} AS i");
    private static final Map<String, List<String>> TARGET_COLUMNS = Map.of(
            "sales_by_uf", List.of("uf", "total", "batch_id"),
            "sales_by_item", List.of("chave", "n_item", "prod_v_prod", "batch_id"));

    @TempDir
    Path lake;

    private final List<String> transcript = new ArrayList<>();
    private final Deque<Connection> connections = new ArrayDeque<>();
    private final Map<String, List<Object>> parameters = new HashMap<>();
    private int connected;

    @BeforeEach
    void resetTranscript() {
        transcript.clear();
        connections.clear();
        parameters.clear();
    }

    private JdbcLoader loader(LoadRule... rules) {
        return loader(new S3CopyStager(new S3Access("s3://nfe-lake/prod", "arn:aws:iam::123456789012:role/nfe-redshift")),
                rules);
    }

    private JdbcLoader loader(Stager stager, LoadRule... rules) {
        Warehouse warehouse = () -> new Warehouse.Session() {
            @Override
            public Connection connect() {
                connected++;
                transcript.add("-- connection " + connected);
                return connections.removeFirst();
            }

            @Override
            public void close() {
                transcript.add("-- warehouse closed");
            }
        };
        return JdbcLoader.builder(warehouse, RedshiftDialect.create(), stager, new LocalStorage(lake))
                .silverTables(SilverFixture.TABLES)
                .schema(SqlIdentifier.of("sales"))
                .rules(List.of(rules))
                .retry(3, Duration.ofMillis(1), Duration.ofMillis(1))
                .clock(Clock.fixed(Instant.parse("2026-01-02T12:00:00Z"), ZoneOffset.UTC))
                .build();
    }

    /** A connection that answers like Redshift, failing statements that contain {@code failOn} with {@code state}. */
    private Connection connection(String failOn, String state) throws SQLException {
        Connection connection = mock(Connection.class);
        DatabaseMetaData metadata = mock(DatabaseMetaData.class);
        when(metadata.getDatabaseMajorVersion()).thenReturn(8);
        when(connection.getMetaData()).thenReturn(metadata);
        doAnswer(call -> transcript.add("-- autocommit " + call.getArgument(0))).when(connection).setAutoCommit(anyBoolean());
        doAnswer(call -> transcript.add("-- commit")).when(connection).commit();
        doAnswer(call -> transcript.add("-- rollback")).when(connection).rollback();
        doAnswer(call -> transcript.add("-- close")).when(connection).close();
        when(connection.prepareStatement(anyString())).thenAnswer(call -> statement(call.getArgument(0), failOn, state));
        connections.add(connection);
        return connection;
    }

    private PreparedStatement statement(String sql, String failOn, String state) throws SQLException {
        transcript.add(sql + ";");
        PreparedStatement statement = mock(PreparedStatement.class);
        List<Object> bound = new ArrayList<>();
        parameters.put(sql, bound);
        doAnswer(call -> bound.add(call.getArgument(1))).when(statement).setObject(anyInt(), any());
        if (!failOn.isEmpty() && sql.contains(failOn)) {
            SQLException failure = new SQLException("simulated failure", state);
            when(statement.execute()).thenThrow(failure);
            when(statement.executeUpdate()).thenThrow(failure);
            return statement;
        }
        when(statement.execute()).thenReturn(false);
        when(statement.getLargeUpdateCount()).thenReturn(2L);
        when(statement.executeUpdate()).thenReturn(1);
        ResultSet result = mock(ResultSet.class);
        when(statement.executeQuery()).thenReturn(result);
        if (sql.startsWith("INSERT INTO \"nfe_stg_")) {
            String table = sql.substring("INSERT INTO \"nfe_stg_".length(), sql.indexOf("\" ("));
            when(statement.executeUpdate()).thenReturn((int) BATCH.rows(table));
        }
        if (sql.startsWith("SELECT COUNT(*) FROM \"nfe_stg_")) {
            String table = sql.substring("SELECT COUNT(*) FROM \"nfe_stg_".length(), sql.length() - 1);
            when(result.next()).thenReturn(true, false);
            when(result.getLong(1)).thenReturn(BATCH.rows(table));
        } else if (sql.startsWith("SELECT * FROM \"sales\".")) {
            String table = sql.substring("SELECT * FROM \"sales\".\"".length(), sql.indexOf("\" WHERE"));
            List<String> columns = TARGET_COLUMNS.get(table);
            ResultSetMetaData described = mock(ResultSetMetaData.class);
            when(described.getColumnCount()).thenReturn(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                when(described.getColumnName(i + 1)).thenReturn(columns.get(i));
                when(described.getColumnType(i + 1)).thenReturn(Types.VARCHAR);
                when(described.getColumnTypeName(i + 1)).thenReturn("varchar");
            }
            when(result.getMetaData()).thenReturn(described);
            when(result.next()).thenReturn(false);
        } else {
            when(result.next()).thenReturn(false);
        }
        return statement;
    }

    private List<Object> loadLogRow() {
        return parameters.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("INSERT INTO \"sales\".\"nfe_load_log\""))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
    }

    @Test
    void load_success_runsOneTransactionInOrderAndLogsLoaded() throws SQLException, IOException {
        Connection setup = connection("", "");
        Connection load = connection("", "");

        List<LoadResult> results = loader(BY_UF, BY_ITEM).load(List.of(BATCH));

        assertThat(results).containsExactly(new LoadResult("b1", Status.LOADED,
                Map.of("sales_by_uf", 2L, "sales_by_item", 2L)));
        GoldenFile.assertMatches("redshift-load-sequence.sql", String.join("\n", transcript) + "\n");
        InOrder order = inOrder(setup, load);
        order.verify(setup).setAutoCommit(false);
        order.verify(setup).commit();
        order.verify(load).setAutoCommit(false);
        order.verify(load).prepareStatement("LOCK \"sales\".\"nfe_load_log\"");
        order.verify(load).commit();
        order.verify(load).close();
        verify(load, never()).rollback();
        assertThat(loadLogRow()).element(7).isEqualTo("loaded");
        assertThat(loadLogRow()).element(4).isEqualTo("{\"sales_by_uf\":2,\"sales_by_item\":2}");
    }

    @Test
    void load_ruleSqlError_rollsBackLogsFailedAndIsNotRetried() throws SQLException, IOException {
        connection("", "");
        Connection load = connection("INSERT INTO \"nfe_src_sales_by_item\"", "42601");
        Connection failureLog = connection("", "");

        assertThatThrownBy(() -> loader(BY_UF, BY_ITEM).load(List.of(BATCH)))
                .isInstanceOf(NfeException.class)
                .isNotInstanceOf(TransientException.class)
                .hasMessageContaining("running rule sales_by_item.sql")
                .hasMessageContaining("42601");

        GoldenFile.assertMatches("redshift-load-failure-sequence.sql", String.join("\n", transcript) + "\n");
        verify(load).rollback();
        verify(load, never()).commit();
        InOrder order = inOrder(failureLog);
        order.verify(failureLog).setAutoCommit(false);
        order.verify(failureLog).prepareStatement(startsWith("INSERT INTO \"sales\".\"nfe_load_log\""));
        order.verify(failureLog).commit();
        assertThat(connected).isEqualTo(3);
        assertThat(loadLogRow()).element(7).isEqualTo("failed");
        assertThat(loadLogRow()).element(8).asString().contains("simulated failure");
    }

    @Test
    void load_connectionLostDuringCopy_retriesOnANewConnection() throws SQLException {
        connection("", "");
        Connection lost = connection("COPY \"nfe_stg_nfe_item\"", "08006");
        Connection retried = connection("", "");

        List<LoadResult> results = loader(BY_UF, BY_ITEM).load(List.of(BATCH));

        assertThat(results).extracting(LoadResult::status).containsExactly(Status.LOADED);
        verify(lost).rollback();
        verify(lost, never()).commit();
        verify(retried).commit();
        assertThat(connected).isEqualTo(3);
        assertThat(loadLogRow()).element(7).isEqualTo("loaded");
    }

    @Test
    void load_throughSpectrum_definesWholeExternalTablesAndStagesTheNamedColumns() throws SQLException {
        connection("", "");
        connection("", "");
        S3Access s3 = new S3Access("s3://nfe-lake/prod", "arn:aws:iam::123456789012:role/nfe-redshift");

        List<LoadResult> results = loader(new SpectrumStager(s3, SqlIdentifier.of("nfe_silver"), "nfe_silver"), BY_UF)
                .load(List.of(BATCH));

        assertThat(results).extracting(LoadResult::status).containsExactly(Status.LOADED);
        assertThat(transcript).filteredOn(sql -> sql.startsWith("CREATE EXTERNAL TABLE \"nfe_silver\".\"nfe\""))
                .singleElement().asString().contains("\"source\"", "\"chave\"", "\"prot_nfe_dh_recbto\"");
        assertThat(transcript).filteredOn(sql -> sql.startsWith("INSERT INTO \"nfe_stg_nfe\""))
                .singleElement().asString()
                .startsWith("INSERT INTO \"nfe_stg_nfe\" (\"batch_id\", \"emit_uf\", \"icms_tot_v_nf\")\n");
    }
}
