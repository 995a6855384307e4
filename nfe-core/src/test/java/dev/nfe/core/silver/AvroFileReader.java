package dev.nfe.core.silver;

import java.io.IOException;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the Avro records of one Parquet file, one row group in memory at a time: parquet-avro's record assembly,
 * independent of the silver layer's own reader, to check what {@link RowEncoder} writes.
 *
 * <p>Why not {@code AvroParquetReader}: its builder class ({@code ParquetReader.Builder}) cannot even be loaded
 * without Hadoop, because its {@code build()} passes a {@code HiddenFileFilter} where Hadoop's {@code PathFilter} is
 * expected and the bytecode verifier loads {@code PathFilter} to check that. This class does what
 * {@code ParquetReader} does for an {@link InputFile}: open a {@link ParquetFileReader}, let {@link AvroReadSupport}
 * pick the Avro schema stored in the file, and assemble each row group's records. Not thread-safe.
 */
final class AvroFileReader implements AutoCloseable {
    /** {@code ReadSupport.init(ParquetConfiguration, Map, MessageType)}, overloaded with a Hadoop-typed sibling. */
    public interface ReadInitialisers {
        ReadSupport.ReadContext init(ReadSupport<?> support, ParquetConfiguration conf, Map<String, String> keyValueMetadata,
                MessageType fileSchema);
    }

    /** {@code ReadSupport.prepareForRead(ParquetConfiguration, Map, MessageType, ReadContext)}, likewise. */
    public interface ReadPreparers {
        RecordMaterializer<?> prepareForRead(ReadSupport<?> support, ParquetConfiguration conf,
                Map<String, String> keyValueMetadata, MessageType fileSchema, ReadSupport.ReadContext context);
    }

    private static final ReadInitialisers READ_INITIALISERS = HadoopFreeParquet.proxy(ReadInitialisers.class,
            HadoopFreeParquet.findVirtual(ReadSupport.class, "init", MethodType.methodType(ReadSupport.ReadContext.class,
                    ParquetConfiguration.class, Map.class, MessageType.class)));
    private static final ReadPreparers READ_PREPARERS = HadoopFreeParquet.proxy(ReadPreparers.class,
            HadoopFreeParquet.findVirtual(ReadSupport.class, "prepareForRead", MethodType.methodType(RecordMaterializer.class,
                    ParquetConfiguration.class, Map.class, MessageType.class, ReadSupport.ReadContext.class)));

    private final ParquetFileReader reader;
    private final MessageColumnIO columnIO;
    private final RecordMaterializer<GenericRecord> materializer;
    private PageReadStore rowGroup;
    private RecordReader<GenericRecord> records;
    private long remainingInRowGroup;

    private AvroFileReader(ParquetFileReader reader, MessageColumnIO columnIO, RecordMaterializer<GenericRecord> materializer) {
        this.reader = reader;
        this.columnIO = columnIO;
        this.materializer = materializer;
    }

    static AvroFileReader open(InputFile file) throws IOException {
        ParquetConfiguration conf = new PlainParquetConfiguration();
        ParquetFileReader reader = HadoopFreeParquet.openFile(file, conf);
        try {
            FileMetaData metadata = reader.getFooter().getFileMetaData();
            MessageType fileSchema = metadata.getSchema();
            Map<String, String> keyValues = metadata.getKeyValueMetaData();
            ReadSupport<GenericRecord> support = new AvroReadSupport<>(GenericData.get());
            ReadSupport.ReadContext context = READ_INITIALISERS.init(support, conf, keyValues, fileSchema);
            reader.setRequestedSchema(context.getRequestedSchema());
            @SuppressWarnings("unchecked") // prepareForRead returns the support's own record type
            RecordMaterializer<GenericRecord> materializer = (RecordMaterializer<GenericRecord>)
                    READ_PREPARERS.prepareForRead(support, conf, keyValues, fileSchema, context);
            MessageColumnIO columnIO = new ColumnIOFactory(metadata.getCreatedBy())
                    .getColumnIO(context.getRequestedSchema(), fileSchema, true);
            return new AvroFileReader(reader, columnIO, materializer);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The next record, or empty at the end of the file. */
    Optional<GenericRecord> read() throws IOException {
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
