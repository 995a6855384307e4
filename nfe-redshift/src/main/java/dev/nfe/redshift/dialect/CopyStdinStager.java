package dev.nfe.redshift.dialect;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Stages silver rows into PostgreSQL with {@code COPY … FROM STDIN (FORMAT csv)}, streaming them from a
 * {@link RowSource} as they are read: the rows are read and encoded on a thread of their own while earlier ones are
 * sent, and memory stays bounded by a few chunks of encoded rows whatever the batch size.
 */
public final class CopyStdinStager implements Stager {
    private static final int CHUNK_BYTES = 1 << 16;

    private final RowSource rows;

    /** A stager copying the rows {@code rows} gives. */
    public CopyStdinStager(RowSource rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    /** A stager copying the rows {@code silver} reads. */
    @Override
    public Stager readingFrom(LayerReader silver) {
        return new CopyStdinStager(silver::rows);
    }

    /** The {@code COPY} statement that fills {@code staging} with the columns of {@code table}. */
    public static String copySql(SqlIdentifier staging, Table table) {
        return "COPY " + staging.quoted() + " "
                + SqlLists.columnList(table.columns().stream().map(c -> SqlIdentifier.of(c.name())).toList())
                + " FROM STDIN WITH (FORMAT csv)";
    }

    @Override
    public void prepare(Connection connection, Batch batch, List<Table> tables) {
        // COPY FROM STDIN needs nothing outside the transaction.
    }

    /** {@inheritDoc} It reads only the staging table's columns of the silver files. */
    @Override
    public boolean stagesColumnSubsets() {
        return true;
    }

    @Override
    public long stage(Connection connection, SqlIdentifier staging, Table table, Batch batch) throws SQLException {
        CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql(staging, table));
        // The copy is ended or cancelled here rather than by closing a stream, which would end a half-written copy.
        try (CsvChunks chunks = CsvChunks.start(() -> rows.rows(batch, table), CHUNK_BYTES,
                "nfe-copy-" + table.name())) {
            for (Optional<CsvChunks.Chunk> chunk = chunks.next(); chunk.isPresent(); chunk = chunks.next()) {
                copy.writeToCopy(chunk.get().bytes(), 0, chunk.get().length());
            }
            return copy.endCopy();
        } catch (IOException e) {
            // the rows could not be read: the driver's own failures reach the caller as SQLExceptions, SQLState kept
            throw new SQLException("Cannot copy " + table.name() + " of batch " + batch.id() + ": " + e.getMessage(),
                    e);
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    @Override
    public String toString() {
        return "CopyStdinStager";
    }
}
