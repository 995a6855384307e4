package dev.nfe.core.silver;

import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;

/**
 * Reads the {@link Row}s of one table's Parquet file, one row group in memory at a time, through a
 * {@link RowMaterializer}: only the table's columns are read, and a table column the file lacks reads as null.
 * Not thread-safe.
 */
final class RowFileReader implements AutoCloseable {
    private final ParquetFileReader reader;
    private final MessageColumnIO columnIO;
    private final RowMaterializer materializer;
    private PageReadStore rowGroup;
    private RecordReader<Row> rows;
    private long remainingInRowGroup;

    private RowFileReader(ParquetFileReader reader, MessageColumnIO columnIO, RowMaterializer materializer) {
        this.reader = reader;
        this.columnIO = columnIO;
        this.materializer = materializer;
    }

    /** Opens {@code file}, holding rows of {@code table}. */
    static RowFileReader open(InputFile file, Table table) throws IOException {
        ParquetFileReader reader = HadoopFreeParquet.openFile(file, new PlainParquetConfiguration());
        try {
            FileMetaData metadata = reader.getFooter().getFileMetaData();
            MessageType fileSchema = metadata.getSchema();
            List<Type> fields = table.columns().stream()
                    .map(Column::name)
                    .filter(fileSchema::containsField)
                    .map(fileSchema::getType)
                    .toList();
            MessageType requested = new MessageType(fileSchema.getName(), fields);
            reader.setRequestedSchema(requested);
            MessageColumnIO columnIO = new ColumnIOFactory(metadata.getCreatedBy()).getColumnIO(requested, fileSchema, true);
            return new RowFileReader(reader, columnIO, new RowMaterializer(table, requested));
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The next row, or empty at the end of the file. */
    Optional<Row> read() throws IOException {
        while (remainingInRowGroup == 0) {
            closeRowGroup();
            rowGroup = reader.readNextRowGroup();
            if (rowGroup == null) {
                return Optional.empty();
            }
            rows = columnIO.getRecordReader(rowGroup, materializer);
            remainingInRowGroup = rowGroup.getRowCount();
        }
        remainingInRowGroup--;
        return Optional.of(rows.read());
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
