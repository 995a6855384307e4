package dev.nfe.core.silver;

import java.io.IOException;
import java.lang.invoke.MethodType;
import java.util.Map;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.api.ReadSupport;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.api.RecordMaterializer;
import org.apache.parquet.schema.MessageType;

/**
 * Reads the Avro records of one Parquet file with parquet-avro's record assembly ({@link AvroReadSupport}, picking
 * the Avro schema stored in the file): independent of the silver layer's own {@link RowMaterializer}, to check what
 * {@link RowEncoder} writes.
 */
final class AvroFileReader {
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

    private AvroFileReader() {
    }

    static ParquetRecordReader<GenericRecord> open(InputFile file) throws IOException {
        return ParquetRecordReader.open(file, AvroFileReader::projection);
    }

    @SuppressWarnings("unchecked") // prepareForRead returns the support's own record type
    private static ParquetRecordReader.Projection<GenericRecord> projection(FileMetaData metadata) {
        ParquetConfiguration conf = new PlainParquetConfiguration();
        MessageType fileSchema = metadata.getSchema();
        Map<String, String> keyValues = metadata.getKeyValueMetaData();
        ReadSupport<GenericRecord> support = new AvroReadSupport<>(GenericData.get());
        ReadSupport.ReadContext context = READ_INITIALISERS.init(support, conf, keyValues, fileSchema);
        RecordMaterializer<GenericRecord> materializer = (RecordMaterializer<GenericRecord>)
                READ_PREPARERS.prepareForRead(support, conf, keyValues, fileSchema, context);
        return new ParquetRecordReader.Projection<>(context.getRequestedSchema(), materializer);
    }
}
