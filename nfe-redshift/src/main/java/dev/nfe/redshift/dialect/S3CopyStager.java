package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * Stages a silver batch into Redshift with {@code COPY … FROM 's3://…' IAM_ROLE … FORMAT AS PARQUET}, reading the
 * batch's folder of each table. Parquet {@code COPY} matches columns by position, so the staging table has the silver
 * table's columns in file order.
 */
public final class S3CopyStager implements Stager {
    private final S3Access s3;

    /** A stager reading the lake at {@code s3}. */
    public S3CopyStager(S3Access s3) {
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    /** The {@code COPY} statement loading {@code files} (one table of one batch) into {@code staging}. */
    public String copySql(SqlIdentifier staging, List<BatchFile> files) {
        return "COPY " + staging.quoted() + "\nFROM " + s3.literal(S3Access.folderOf(files))
                + "\nIAM_ROLE " + s3.roleLiteral() + "\nFORMAT AS PARQUET";
    }

    @Override
    public void prepare(Connection connection, Batch batch, List<Table> tables) {
        // COPY needs nothing outside the transaction.
    }

    @Override
    public long stage(Connection connection, SqlIdentifier staging, Table table, Batch batch) throws SQLException {
        List<BatchFile> files = batch.files().stream().filter(file -> file.table().equals(table.name())).toList();
        if (files.isEmpty()) {
            return 0;
        }
        try (PreparedStatement copy = connection.prepareStatement(copySql(staging, files))) {
            copy.executeUpdate();
        }
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM " + staging.quoted());
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public String toString() {
        return "S3CopyStager[" + s3.root() + "]";
    }
}
