package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.StoredObject;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartFileWriterTest {
    private static final String PATH = "silver/all_types/part-00000.parquet";
    private static final AvroRowCodec CODEC = new AvroRowCodec(TestTables.ALL_TYPES);

    @TempDir
    Path root;

    private Storage storage() {
        return new LocalStorage(root);
    }

    private PartFileWriter open() {
        return PartFileWriter.open(storage(), PATH, "all_types", TableFileFormat.of(TestTables.ALL_TYPES), ParquetWriterOptions.defaults());
    }

    @Test
    void finish_publishesFileWithSizeAndChecksumOfItsBytes() {
        PartFileWriter writer = open();
        TestTables.allTypesRows(1, 50).forEach(writer::write);

        BatchFile file = writer.finish();

        assertThat(file.path()).isEqualTo(PATH);
        assertThat(file.table()).isEqualTo("all_types");
        assertThat(file.rows()).isEqualTo(50);
        assertThat(file.bytes()).isEqualTo(storage().newInputFile(PATH).length());
        assertThat(file.sha256()).isEqualTo(Contents.sha256(storage(), PATH));
    }

    @Test
    void finish_thenRead_givesTheRowsBack() throws IOException {
        List<Row> rows = TestTables.allTypesRows(2, 300);
        PartFileWriter writer = open();
        rows.forEach(writer::write);
        writer.finish();

        List<Row> read = new ArrayList<>();
        try (ParquetRecordReader<GenericRecord> reader = AvroFileReader.open(new StorageInputFile(storage().newInputFile(PATH)))) {
            Optional<GenericRecord> record;
            while ((record = reader.read()).isPresent()) {
                read.add(CODEC.toRow(record.get()));
            }
        }

        assertThat(read).containsExactlyElementsOf(rows);
    }

    @Test
    void write_beforeFinish_publishesNothing() {
        PartFileWriter writer = open();
        TestTables.allTypesRows(3, 10).forEach(writer::write);

        try (Stream<StoredObject> objects = storage().list("")) {
            assertThat(objects).isEmpty();
        }
        writer.abort();
    }

    @Test
    void abort_leavesNoFileAndNoTemporaryFile() throws IOException {
        PartFileWriter writer = open();
        TestTables.allTypesRows(4, 10).forEach(writer::write);

        writer.abort();

        try (Stream<StoredObject> objects = storage().list("")) {
            assertThat(objects).isEmpty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
