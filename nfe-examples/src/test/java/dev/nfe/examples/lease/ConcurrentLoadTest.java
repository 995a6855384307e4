package dev.nfe.examples.lease;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.config.PipelineConfigLoader;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.runtime.Pipeline;
import dev.nfe.core.runtime.ProgressListener;
import dev.nfe.core.runtime.Stage;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.redshift.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two runs loading one lake into its embedded PostgreSQL for the first time, at once: the load lease makes one wait
 * for the other, so both succeed and every silver batch is loaded exactly once.
 */
class ConcurrentLoadTest {

    @TempDir
    Path lake;

    private Pipeline pipeline(Path config) {
        return Pipeline.fromConfig(PipelineConfigLoader.create().load(config));
    }

    @Test
    void load_twoFirstLoadsAtOnce_bothSucceedWithOneLoadPerBatch() throws Exception {
        NfeGenerator.seeded(31).writeTo(lake.resolve("landing"), 30);
        Path config = lake.resolve("pipeline.yaml");
        Files.writeString(config, """
                pipeline: concurrent
                storage: { type: local, root: %1$s }
                extract: { type: folder, path: %1$s/landing, pageSize: 10 }
                transform: { deserializer: nfe-xml, batchBytes: 1 }
                notify: log
                lease: { duration: 5s, wait: 2m }
                load:
                  type: jdbc
                  url: embedded
                  storage: { type: local, root: %1$s }
                  schema: sales
                  setup: [ sql/schema.sql ]
                  rules: [ sql/nfe_event_registered.sql, sql/sales_by_item.sql ]
                """.formatted(lake.toAbsolutePath()));
        Pipeline setup = pipeline(config);
        setup.runStages(setup.request(Stage.EXTRACT), ProgressListener.NONE);
        List<RunSummary> transformed = setup.runStages(setup.request(Stage.TRANSFORM), ProgressListener.NONE);
        int batches = transformed.get(0).batchIds().size();

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<CompletableFuture<RunSummary>> loads = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Pipeline run = pipeline(config);
                loads.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return run.run(run.request(Stage.LOAD));
                }, threads));
            }
            start.countDown();
            List<RunSummary> summaries = new ArrayList<>();
            for (CompletableFuture<RunSummary> load : loads) {
                summaries.add(load.get(3, TimeUnit.MINUTES));
            }

            assertThat(batches).isEqualTo(3);
            assertThat(summaries).allSatisfy(summary -> assertThat(summary.isPartial()).isFalse());
            assertThat(summaries).extracting(RunSummary::written).containsExactlyInAnyOrder((long) batches, 0L);
            assertThat(summaries).extracting(RunSummary::duplicates).containsOnly(0L);
        } finally {
            threads.shutdownNow();
        }
        try (EmbeddedPostgres server = EmbeddedPostgres.start(lake.resolve("_warehouse/postgresql"));
                Connection connection = server.connect();
                Statement statement = connection.createStatement();
                ResultSet loaded = statement.executeQuery("SELECT count(*), count(DISTINCT batch_id) FROM"
                        + " sales.nfe_load_log WHERE status = 'loaded'")) {
            loaded.next();
            assertThat(loaded.getInt(1)).isEqualTo(batches);
            assertThat(loaded.getInt(2)).isEqualTo(batches);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
