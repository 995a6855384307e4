package dev.nfe.core.silver;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the records of one Parquet file, one row group in memory at a time, as the {@link Projection} chosen from the
 * file's metadata assembles them: what {@code ParquetReader} does for an {@link InputFile}, without Hadoop (its
 * builder cannot even be loaded without Hadoop's {@code PathFilter}). Not thread-safe.
 *
 * @param <T> the records
 */
final class ParquetRecordReader<T> implements AutoCloseable {
    private final ParquetFileReader reader;
    private final MessageColumnIO columnIO;
    private final RecordMaterializer<T> materializer;
    private PageReadStore rowGroup;
    private RecordReader<T> records;
    private long remainingInRowGroup;

    /**
     * What to read of a file: the columns requested (a subset of the file's schema) and how records are assembled.
     */
    record Projection<T>(MessageType requested, RecordMaterializer<T> materializer) {
        Projection {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(materializer, "materializer");
        }
    }

    private ParquetRecordReader(ParquetFileReader reader, MessageColumnIO columnIO, RecordMaterializer<T> materializer) {
        this.reader = reader;
        this.columnIO = columnIO;
        this.materializer = materializer;
    }

    /** Opens {@code file} and reads it as {@code projection} of its footer's metadata says. */
    static <T> ParquetRecordReader<T> open(InputFile file, Function<FileMetaData, Projection<T>> projection)
            throws IOException {
        ParquetFileReader reader = HadoopFreeParquet.openFile(file, new PlainParquetConfiguration());
        try {
            FileMetaData metadata = reader.getFooter().getFileMetaData();
            Projection<T> chosen = projection.apply(metadata);
            reader.setRequestedSchema(chosen.requested());
            MessageColumnIO columnIO = new ColumnIOFactory(metadata.getCreatedBy())
                    .getColumnIO(chosen.requested(), metadata.getSchema(), true);
            return new ParquetRecordReader<>(reader, columnIO, chosen.materializer());
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The next record, or empty at the end of the file. */
    Optional<T> read() throws IOException {
        while (remainingInRowGroup == 0) {
            closeRowGroup();
            rowGroup = reader.readNextRowGroup();
            if (rowGroup == null) {
                return Optional.empty();
            }
            records = columnIO.getRecordReader(rowGroup, materializer);
            remainingInRowGroup = rowGroup.getRowCount();
        }
        remainingInRowGroup--;
        return Optional.of(records.read());
    }

    private void closeRowGroup() {
        if (rowGroup != null) {
            rowGroup.close();
            rowGroup = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeRowGroup();
        reader.close();
    }
}
