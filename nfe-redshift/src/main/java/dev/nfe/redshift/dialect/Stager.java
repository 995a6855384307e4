package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Moves the rows of a committed silver batch into the warehouse's staging tables: {@code COPY … FROM STDIN} from
 * the silver Parquet (PostgreSQL), {@code COPY … FORMAT AS PARQUET} from S3 or a Redshift Spectrum external table
 * (Redshift). Immutable and thread-safe.
 */
public interface Stager {

    /**
     * Prepares the warehouse for staging {@code tables} of {@code batch}, on a connection in auto-commit mode before
     * the load transaction starts (Redshift runs external DDL only outside transactions). Idempotent.
     */
    void prepare(Connection connection, Batch batch, List<Table> tables) throws SQLException;

    /**
     * Fills the existing, empty staging table {@code staging} with the rows of {@code table} in {@code batch}, inside
     * the load transaction.
     *
     * @return the number of rows staged
     */
    long stage(Connection connection, SqlIdentifier staging, Table table, Batch batch) throws SQLException;

    /**
     * Whether {@link #stage} can fill a staging table holding only some of the silver table's columns, matched by
     * name. The default, for stagers that match columns by position, is {@code false}: they get every column.
     */
    default boolean stagesColumnSubsets() {
        return false;
    }

    /**
     * This stager reading silver rows through {@code silver}. The default, for stagers that hand the warehouse the
     * batch's files instead of rows, is this stager.
     */
    default Stager readingFrom(LayerReader silver) {
        return this;
    }
}
