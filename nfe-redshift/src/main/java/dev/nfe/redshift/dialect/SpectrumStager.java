package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.ConfigException;
import dev.nfe.core.spi.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Stages a silver batch into Redshift through Redshift Spectrum, as the reference system does: an external schema
 * over a Data Catalog database, an external table per silver table over its S3 folder, partitioned by
 * {@code ingest_date} and {@code batch}, and the batch's partition added; then the load transaction copies the
 * partition into the staging table. External DDL cannot run inside a transaction, so it runs in {@link #prepare}.
 * Spectrum matches Parquet columns by name, so files written before an optional column existed still read.
 */
public final class SpectrumStager implements Stager {
    private static final Pattern DATABASE = Pattern.compile("[a-z0-9_]{1,255}");

    private final S3Access s3;
    private final SqlIdentifier externalSchema;
    private final String catalogDatabase;

    /**
     * A stager using {@code externalSchema} over the Data Catalog database {@code catalogDatabase}.
     *
     * @throws ConfigException if {@code catalogDatabase} is not lower-case letters, digits and underscores
     */
    public SpectrumStager(S3Access s3, SqlIdentifier externalSchema, String catalogDatabase) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.externalSchema = Objects.requireNonNull(externalSchema, "externalSchema");
        this.catalogDatabase = Objects.requireNonNull(catalogDatabase, "catalogDatabase");
        if (!DATABASE.matcher(catalogDatabase).matches()) {
            throw new ConfigException("Invalid Data Catalog database '" + catalogDatabase + "': must match " + DATABASE.pattern());
        }
    }

    /**
     * The external DDL for {@code table} of {@code batch}: the table over the silver table's folder (two partition
     * levels above the batch's files), then the batch's partition. {@link #prepare} skips the first when the table exists.
     */
    public List<String> externalDdl(Batch batch, Table table) {
        List<String> statements = new ArrayList<>();
        SqlIdentifier name = SqlIdentifier.of(table.name());
        List<BatchFile> files = batch.files().stream().filter(f -> f.table().equals(table.name())).toList();
        if (files.isEmpty()) {
            return statements;
        }
        String folder = S3Access.folderOf(files);
        String tableFolder = folder.substring(0, folder.length() - 1);
        tableFolder = tableFolder.substring(0, tableFolder.lastIndexOf('/'));
        tableFolder = tableFolder.substring(0, tableFolder.lastIndexOf('/') + 1);
        StringJoiner columns = new StringJoiner(",\n  ", "(\n  ", "\n)");
        table.columns().forEach(column ->
                columns.add(SqlIdentifier.of(column.name()).quoted() + " " + externalType(column.type())));
        statements.add("CREATE EXTERNAL TABLE " + name.qualifiedBy(externalSchema) + " " + columns
                + "\nPARTITIONED BY (ingest_date date, batch varchar(256))\nSTORED AS PARQUET\nLOCATION "
                + s3.literal(tableFolder));
        statements.add("ALTER TABLE " + name.qualifiedBy(externalSchema) + " ADD IF NOT EXISTS PARTITION (ingest_date='"
                + batch.ingestDate() + "', batch='" + batch.id() + "')\nLOCATION " + s3.literal(folder));
        return statements;
    }

    /** The statement creating the external schema if it does not exist. */
    public String externalSchemaDdl() {
        return "CREATE EXTERNAL SCHEMA IF NOT EXISTS " + externalSchema.quoted() + "\nFROM DATA CATALOG DATABASE '"
                + catalogDatabase + "'\nIAM_ROLE " + s3.roleLiteral() + "\nCREATE EXTERNAL DATABASE IF NOT EXISTS";
    }

    /** The statement copying the batch's partition of {@code table} into {@code staging}; binds date and batch id. */
    public String insertSql(SqlIdentifier staging, Table table) {
        List<SqlIdentifier> columns = table.columns().stream().map(c -> SqlIdentifier.of(c.name())).toList();
        return "INSERT INTO " + staging.quoted() + " " + SqlLists.columnList(columns) + "\nSELECT "
                + SqlLists.plain(columns) + "\nFROM " + SqlIdentifier.of(table.name()).qualifiedBy(externalSchema)
                + "\nWHERE ingest_date = ? AND batch = ?";
    }

    @Override
    public void prepare(Connection connection, Batch batch, List<Table> tables) throws SQLException {
        execute(connection, externalSchemaDdl());
        for (Table table : tables) {
            List<String> ddl = externalDdl(batch, table);
            if (ddl.isEmpty()) {
                continue;
            }
            if (!externalTableExists(connection, table)) {
                execute(connection, ddl.get(0));
            }
            execute(connection, ddl.get(1));
        }
    }

    /** {@inheritDoc} Spectrum then scans only those columns of the batch's files. */
    @Override
    public boolean stagesColumnSubsets() {
        return true;
    }

    @Override
    public long stage(Connection connection, SqlIdentifier staging, Table table, Batch batch) throws SQLException {
        if (batch.files().stream().noneMatch(f -> f.table().equals(table.name()))) {
            return 0;
        }
        try (PreparedStatement insert = connection.prepareStatement(insertSql(staging, table))) {
            insert.setObject(1, batch.ingestDate());
            insert.setString(2, batch.id());
            return insert.executeUpdate();
        }
    }

    private boolean externalTableExists(Connection connection, Table table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT 1 FROM svv_external_tables WHERE schemaname = ? AND tablename = ?")) {
            query.setString(1, externalSchema.name());
            query.setString(2, table.name());
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    /** Spectrum's types: no {@code timestamptz}, and Parquet timestamps are UTC. */
    private static String externalType(ColumnType type) {
        return switch (type.kind()) {
            case TEXT -> RedshiftDialect.TEXT;
            case INT -> "integer";
            case LONG -> "bigint";
            case BOOLEAN -> "boolean";
            case DECIMAL -> "decimal(" + type.precision() + "," + type.scale() + ")";
            case DATE -> "date";
            case TIMESTAMP -> "timestamp";
        };
    }

    @Override
    public String toString() {
        return "SpectrumStager[" + externalSchema + " over " + catalogDatabase + "]";
    }
}
