package dev.nfe.core.silver;

import dev.nfe.core.spi.Storage;
import java.io.IOException;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/** Reads a stored Parquet file's footer through {@link ParquetFileReader}, without Hadoop. */
final class ParquetFooter {
    private ParquetFooter() {
    }

    static ParquetMetadata read(Storage storage, String path) throws IOException {
        try (ParquetFileReader reader = HadoopFreeParquet.openFile(
                new StorageInputFile(storage.newInputFile(path)), new PlainParquetConfiguration())) {
            return reader.getFooter();
        }
    }
}
