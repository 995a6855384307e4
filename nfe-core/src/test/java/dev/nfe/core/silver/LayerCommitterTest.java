package dev.nfe.core.silver;

import static dev.nfe.core.silver.TestTables.ALL_TYPES;
import static dev.nfe.core.silver.TestTables.INGEST_DATE;
import static dev.nfe.core.silver.TestTables.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.silver.LayerCommitter.DataFile;
import dev.nfe.core.spi.AtomicOutputStream;
import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchFile;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.CommitConflictException;
import dev.nfe.core.spi.NfeException;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LayerCommitterTest {
    private static final ParquetLayerWriter WRITER = new ParquetLayerWriter(new ParquetWriterOptions(20,
            ParquetWriterOptions.DEFAULT_MAX_BYTES_PER_FILE, ParquetWriterOptions.DEFAULT_ROW_GROUP_SIZE,
            ParquetWriterOptions.DEFAULT_COMPRESSION));
    private static final BatchTarget GOLD = new BatchTarget("gold", "b1", INGEST_DATE, List.of(ALL_TYPES, OTHER));

    @TempDir
    Path root;

    private Storage storage() {
        return new LocalStorage(root);
    }

    /**
     * Writes {@code rows} as Parquet part files the way another engine would: in its own scratch batch, then copied
     * under the gold batch's folder with names of its own choosing, with no manifest.
     */
    private List<DataFile> writeElsewhere(Table table, List<Row> rows) throws IOException {
        Batch scratch;
        try (BatchWriter writer = WRITER.open(storage(), new BatchTarget("scratch", "s-" + table.name(), INGEST_DATE,
                List.of(table)))) {
            rows.forEach(row -> writer.write(table, row));
            scratch = writer.commit();
        }
        List<DataFile> files = new ArrayList<>();
        int part = 0;
        for (BatchFile file : scratch.files()) {
            String path = LayerCommitter.dataFolder(GOLD, table.name()) + "part_000" + part++ + ".parquet";
            copy(file.path(), path);
            files.add(new DataFile(path, table.name(), file.rows()));
        }
        return files;
    }

    private void copy(String from, String to) throws IOException {
        try (InputStream in = storage().newInputFile(from).newStream();
                AtomicOutputStream out = storage().newOutputFile(to).create()) {
            in.transferTo(out);
        }
    }

    private List<DataFile> bothTables() throws IOException {
        List<DataFile> files = new ArrayList<>(writeElsewhere(OTHER, TestTables.otherRows(3).toList()));
        files.addAll(writeElsewhere(ALL_TYPES, TestTables.allTypesRows(7, 45)));
        return files;
    }

    @Test
    void commit_externallyWrittenFiles_layerReaderReadsTheirRows() throws IOException {
        List<DataFile> files = bothTables();

        Batch committed = new LayerCommitter(storage()).commit(GOLD, files);

        ManifestLayerReader reader = new ManifestLayerReader(storage(), "gold");
        Batch read = reader.batch(INGEST_DATE, "b1").orElseThrow();
        assertThat(read).isEqualTo(committed);
        assertThat(read.files()).extracting(BatchFile::table)
                .containsExactly("all_types", "all_types", "all_types", "other");
        assertThat(read.rows("all_types")).isEqualTo(45);
        reader.verify(read);
        try (Stream<Row> rows = reader.rows(read, ALL_TYPES)) {
            assertThat(rows).containsExactlyElementsOf(TestTables.allTypesRows(7, 45));
        }
        try (Stream<Row> rows = reader.rows(read, OTHER)) {
            assertThat(rows).containsExactlyElementsOf(TestTables.otherRows(3).toList());
        }
    }

    @Test
    void commit_unnamedFileInTheFolder_staysInvisible() throws IOException {
        List<DataFile> files = bothTables();
        copy(files.get(0).path(), LayerCommitter.dataFolder(GOLD, OTHER.name()) + "stale_from_earlier_run.parquet");

        Batch committed = new LayerCommitter(storage()).commit(GOLD, files);

        assertThat(committed.files()).extracting(BatchFile::path).noneMatch(path -> path.contains("stale"));
    }

    @Test
    void commit_manifestExists_throwsCommitConflict() throws IOException {
        List<DataFile> files = bothTables();
        new LayerCommitter(storage()).commit(GOLD, files);

        assertThatThrownBy(() -> new LayerCommitter(storage()).commit(GOLD, files))
                .isInstanceOf(CommitConflictException.class)
                .hasMessageContaining("_manifest.json");
    }

    @Test
    void commit_missingFile_throwsNamingItAndWritesNoManifest() throws IOException {
        List<DataFile> files = new ArrayList<>(bothTables());
        String missing = LayerCommitter.dataFolder(GOLD, OTHER.name()) + "part_0009.parquet";
        files.add(new DataFile(missing, OTHER.name(), 1));

        assertThatThrownBy(() -> new LayerCommitter(storage()).commit(GOLD, files))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining(missing)
                .hasMessageContaining("does not exist");
        assertThat(new ManifestLayerReader(storage(), "gold").batch(INGEST_DATE, "b1")).isEmpty();
    }

    @Test
    void commit_fileOfUnknownTable_throwsIllegalArgument() {
        List<DataFile> files = List.of(new DataFile("gold/x/part_0000.parquet", "x", 1));

        assertThatThrownBy(() -> new LayerCommitter(storage()).commit(GOLD, files))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("table x");
    }

    @Test
    void dataFolder_isTheParquetWritersLayout() {
        assertThat(LayerCommitter.dataFolder(GOLD, "other")).isEqualTo("gold/other/ingest_date=2026-01-02/batch=b1/");
    }
}
