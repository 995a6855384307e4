package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.Storage;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The silver layer writes and reads Parquet with no Hadoop class anywhere on the classpath. */
class HadoopFreeParquetTest {
    @TempDir
    Path root;

    @ParameterizedTest
    @ValueSource(strings = {"org.apache.hadoop.conf.Configuration", "org.apache.hadoop.fs.Path",
        "org.apache.hadoop.io.compress.CompressionCodec"})
    void classpath_hasNoHadoop(String hadoopClass) {
        assertThatThrownBy(() -> Class.forName(hadoopClass)).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void openFile_ofWrittenFile_readsItsFooter() throws IOException {
        Storage storage = new LocalStorage(root);
        PartFileWriter writer = PartFileWriter.open(storage, "t/part-00000.parquet", "other",
                TableFileFormat.of(TestTables.OTHER), ParquetWriterOptions.defaults());
        TestTables.otherRows(3).forEach(writer::write);
        writer.finish();

        try (ParquetFileReader reader = HadoopFreeParquet.openFile(
                new StorageInputFile(storage.newInputFile("t/part-00000.parquet")), new PlainParquetConfiguration())) {
            assertThat(reader.getRecordCount()).isEqualTo(3);
            assertThat(reader.getFooter().getFileMetaData().getSchema().getName()).isEqualTo("dev.nfe.silver.other");
        }
    }
}
