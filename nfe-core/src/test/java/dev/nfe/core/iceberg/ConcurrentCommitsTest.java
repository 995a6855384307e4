package dev.nfe.core.iceberg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.Batch;
import dev.nfe.core.spi.BatchTarget;
import dev.nfe.core.spi.BatchWriter;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.ConfigSection;
import dev.nfe.core.spi.LayerReader;
import dev.nfe.core.spi.LayerWriter;
import dev.nfe.core.spi.PluginContext;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.Table;
import dev.nfe.core.storage.LocalStorage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two writers with catalog connections of their own, like two transform processes of pipelines sharing a silver
 * layer, commit batches to the same tables at once through the default SQLite catalog: every batch ends up in every
 * table exactly once, its rows intact.
 */
class ConcurrentCommitsTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);
    private static final List<Table> TABLES = List.of(table("notes"), table("lines"), table("taxes"));
    private static final int BATCHES_PER_WRITER = 5;

    @TempDir
    Path directory;

    @Test
    void commit_twoWritersAtOnce_keepsEveryBatchOnceInEveryTable() throws Exception {
        LocalStorage storage = new LocalStorage(directory);
        List<LayerWriter> writers = List.of(writer(), writer());
        ExecutorService threads = Executors.newFixedThreadPool(writers.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers.size(); w++) {
                LayerWriter writer = writers.get(w);
                String prefix = "p" + w;
                done.add(threads.submit(() -> {
                    start.await();
                    for (int b = 0; b < BATCHES_PER_WRITER; b++) {
                        commit(writer, storage, prefix + ".b" + b);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : done) {
                future.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        LayerReader reader = writer().reader(storage, "silver");
        List<Batch> batches;
        try (Stream<Batch> all = reader.batches()) {
            batches = all.toList();
        }
        assertThat(batches).extracting(Batch::id).hasSize(2 * BATCHES_PER_WRITER).doesNotHaveDuplicates();
        for (Batch batch : batches) {
            for (Table table : TABLES) {
                try (Stream<Row> rows = reader.rows(batch, table)) {
                    assertThat(rows.toList()).as(batch.id() + " " + table.name())
                            .containsExactly(Row.of(batch.id() + "-1", batch.id()), Row.of(batch.id() + "-2", batch.id()));
                }
            }
        }
    }

    private static void commit(LayerWriter writer, LocalStorage storage, String batchId) {
        try (BatchWriter batch = writer.open(storage, new BatchTarget("silver", batchId, DAY, TABLES))) {
            for (Table table : TABLES) {
                batch.write(table, Row.of(batchId + "-1", batchId));
                batch.write(table, Row.of(batchId + "-2", batchId));
            }
            batch.commit();
        }
    }

    private static LayerWriter writer() {
        return new IcebergLayerWriterFactory().create(ConfigSection.empty("transform.writer"),
                new PluginContext("p", Clock.systemUTC(), name -> Optional.empty()));
    }

    private static Table table(String name) {
        return new Table(name, List.of(new Column("id", ColumnType.TEXT, true, "id"),
                new Column("batch_id", ColumnType.TEXT, true, "lineage")));
    }
}
