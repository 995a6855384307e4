package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SQL each dialect generates, compared with golden files under src/test/resources/golden/. */
class DialectGoldenTest {
    private static final SqlIdentifier SCHEMA = SqlIdentifier.of("sales");
    private static final SqlIdentifier TARGET = SqlIdentifier.of("sales_by_item");
    private static final SqlIdentifier WORK = SqlIdentifier.of("nfe_rule_sales_by_item");
    private static final SqlIdentifier SOURCE = SqlIdentifier.of("nfe_src_sales_by_item");
    private static final SqlIdentifier LOG = SqlIdentifier.of("nfe_load_log");
    private static final List<SqlIdentifier> COLUMNS = ids("chave", "n_item", "prod_v_prod", "prot_nfe_dh_recbto", "doc_hash",
            "batch_id");
    private static final List<SqlIdentifier> KEYS = ids("chave", "n_item");
    private static final List<SqlIdentifier> VERSION = ids("prot_nfe_dh_recbto", "doc_hash");
    private static final Table ITEM = new Table("nfe_item", List.of(
            new Column("chave", ColumnType.TEXT, true, "x"),
            new Column("n_item", ColumnType.INT, true, "x"),
            new Column("ide_n_nf", ColumnType.LONG, false, "x"),
            new Column("is_gift", ColumnType.BOOLEAN, false, "x"),
            new Column("prod_q_com", ColumnType.decimal(15, 4), false, "x"),
            new Column("prod_v_prod", ColumnType.MONEY, false, "x"),
            new Column("ide_d_emi", ColumnType.DATE, false, "x"),
            new Column("ide_dh_emi", ColumnType.TIMESTAMP, false, "x")));
    private static final Batch BATCH = new Batch("b-20260102-0001", "silver", LocalDate.of(2026, 1, 2), List.of(
            new BatchFile("silver/nfe_item/ingest_date=2026-01-02/batch=b-20260102-0001/part-00000.parquet",
                    "nfe_item", 10, 2048, "ab".repeat(32)),
            new BatchFile("silver/nfe_item/ingest_date=2026-01-02/batch=b-20260102-0001/part-00001.parquet",
                    "nfe_item", 5, 1024, "cd".repeat(32))));
    private static final String RULE = "SELECT i.chave, i.n_item, i.prod_v_prod, n.prot_nfe_dh_recbto, n.doc_hash, ? AS batch_id\n"
            + "FROM \"nfe_stg_nfe_item\" AS i JOIN \"nfe_stg_nfe\" AS n ON n.chave = i.chave AND n.doc_hash = i.doc_hash";
    private static final S3Access S3 = new S3Access("s3://nfe-lake/prod", "arn:aws:iam::123456789012:role/nfe-redshift");

    private static List<SqlIdentifier> ids(String... names) {
        return List.of(names).stream().map(SqlIdentifier::of).toList();
    }

    @Test
    void postgres14_statements_matchGoldenFile() throws IOException {
        GoldenFile.assertMatches("postgresql-14.sql", statements(PostgresDialect.forVersion(14))
                + section("copy from stdin", List.of(SqlStatement.of(CopyStdinStager.copySql(
                        SqlIdentifier.of("nfe_stg_nfe_item"), ITEM)))));
    }

    @Test
    void postgres15_merge_matchesGoldenFile() throws IOException {
        GoldenFile.assertMatches("postgresql-15-merge.sql", section("merge",
                List.of(PostgresDialect.forVersion(15).merge(SCHEMA, TARGET, SOURCE, COLUMNS, KEYS))));
    }

    @Test
    void redshift_statements_matchGoldenFile() throws IOException {
        SpectrumStager spectrum = new SpectrumStager(S3, SqlIdentifier.of("nfe_silver"), "nfe_silver");
        S3CopyStager copy = new S3CopyStager(S3);
        GoldenFile.assertMatches("redshift.sql", statements(RedshiftDialect.create())
                + section("copy from s3", List.of(SqlStatement.of(copy.copySql(SqlIdentifier.of("nfe_stg_nfe_item"),
                        BATCH.files()))))
                + section("spectrum external schema", List.of(SqlStatement.of(spectrum.externalSchemaDdl())))
                + section("spectrum external table and partition", spectrum.externalDdl(BATCH, ITEM).stream()
                        .map(SqlStatement::of).toList())
                + section("spectrum staging", List.of(SqlStatement.of(spectrum.insertSql(
                        SqlIdentifier.of("nfe_stg_nfe_item"), ITEM), BATCH.ingestDate(), BATCH.id()))));
    }

    @Test
    void redshift_unload_matchesGoldenFile() throws IOException {
        RedshiftUnload unload = new RedshiftUnload(S3);
        GoldenFile.assertMatches("redshift-unload.sql", section("gold by unload", List.of(SqlStatement.of(
                unload.unloadSql(SCHEMA, TARGET, COLUMNS, SqlIdentifier.of("batch_id"), BATCH.id(),
                        "gold/sales_by_item/ingest_date=2026-01-02/batch=b-20260102-0001/part_")))));
    }

    private static String statements(Dialect dialect) {
        return section("load log", dialect.createLoadLog(SCHEMA, LOG))
                + section("lock", List.of(dialect.lockBatch(SCHEMA, LOG, BATCH.id())))
                + section("staging table", dialect.createStagingTable(SqlIdentifier.of("nfe_stg_nfe_item"), ITEM))
                + section("insert rule", List.of(dialect.insertRuleRows(TARGET.qualifiedBy(SCHEMA), COLUMNS, RULE,
                        List.of(BATCH.id()))))
                + section("work table", dialect.createWorkTable(WORK, SCHEMA, TARGET))
                + section("replace partition", List.of(dialect.deleteMatching(SCHEMA, TARGET, WORK, ids("batch_id")),
                        dialect.insertFrom(SCHEMA, TARGET, WORK, COLUMNS)))
                + section("latest per key", List.of(dialect.insertLatestPerKey(SOURCE, RULE,
                        List.of(BATCH.id()), SCHEMA, TARGET, COLUMNS, KEYS, VERSION)))
                + section("merge", List.of(dialect.merge(SCHEMA, TARGET, SOURCE, COLUMNS, KEYS)))
                + section("gold", List.of(dialect.selectBatchRows(SCHEMA, TARGET, COLUMNS, SqlIdentifier.of("batch_id"),
                        BATCH.id())));
    }

    private static String section(String name, List<SqlStatement> statements) {
        StringBuilder text = new StringBuilder("-- ").append(name).append('\n');
        for (SqlStatement statement : statements) {
            text.append(statement.sql()).append(";\n");
            if (!statement.parameters().isEmpty()) {
                text.append("-- parameters: ").append(statement.parameters()).append('\n');
            }
        }
        return text.append('\n').toString();
    }
}
