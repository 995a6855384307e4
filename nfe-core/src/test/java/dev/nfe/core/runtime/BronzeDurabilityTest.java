package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.testing.FaultInjectingStorage;
import dev.nfe.core.testing.FaultInjectingStorage.Point;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bronze pays for durability once per batch: a batch's documents and claims are deferred writes, synced together
 * before the manifest that commits them is opened (the manifest then has a sync of its own), and a crash before
 * that sync commits nothing.
 */
class BronzeDurabilityTest {
    private static final String FIRST_MANIFEST = "bronze/nfe-test/_manifests/ingest_date=2026-01-05/20260105-000001.json";

    @TempDir
    Path directory;

    @Test
    void extract_page_syncsItsDocumentsAndClaimsBeforeOpeningTheManifest() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Storage opened = FaultInjectingStorage.observed(fixture.lake, Point.OPEN, key -> true,
                key -> events.add("open " + key));
        Storage observed = FaultInjectingStorage.observed(opened, Point.SYNC, key -> true,
                key -> events.add("sync " + key));
        Pipeline pipeline = fixture.builder(observed).build();

        pipeline.run(pipeline.request(Stage.EXTRACT));

        List<String> beforeManifest = events.subList(0, events.indexOf("open " + FIRST_MANIFEST));
        List<String> batchWrites = beforeManifest.stream().filter(event -> event.startsWith("open "))
                .map(event -> event.substring("open ".length()))
                .filter(key -> key.startsWith("bronze/") || key.startsWith("_state/nfe-test/bronze-ids/")).toList();
        assertThat(batchWrites).hasSize(2 * PipelineFixture.PAGE_SIZE);
        assertThat(beforeManifest).containsAll(batchWrites.stream().map(key -> "sync " + key).toList());
    }

    @Test
    void extract_page_syncsItsManifestOnItsOwnAfterItsDocuments() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        List<String> synced = Collections.synchronizedList(new ArrayList<>());
        Pipeline pipeline = fixture.builder(FaultInjectingStorage.observed(fixture.lake, Point.SYNC,
                key -> key.startsWith("bronze/"), synced::add)).build();

        pipeline.run(pipeline.request(Stage.EXTRACT));

        int manifest = synced.indexOf(FIRST_MANIFEST);
        assertThat(manifest).isEqualTo(PipelineFixture.PAGE_SIZE);
        assertThat(synced.subList(0, manifest)).allMatch(key -> key.startsWith("bronze/nfe-test/ingest_date="));
    }

    @Test
    void extract_page_syncsEveryLedgerShardItRecords() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        List<String> synced = Collections.synchronizedList(new ArrayList<>());
        Pipeline pipeline = fixture.builder(FaultInjectingStorage.observed(fixture.lake, Point.SYNC,
                key -> key.startsWith("_state/nfe-test/ledger/"), synced::add)).build();

        pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(synced).isNotEmpty().containsAll(fixture.files("_state/nfe-test/ledger").keySet());
    }

    @Test
    void extract_crashAtTheBatchSync_commitsNothing() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        Pipeline crashing = fixture.builder(crashingAtSync(fixture.lake)).build();

        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.EXTRACT)))
                .satisfies(TransformCrashTest::causedByCrash);

        assertThat(fixture.files("bronze/nfe-test/_manifests")).isEmpty();
        assertThat(fixture.files("_state/nfe-test")).doesNotContainKey("_state/nfe-test/" + BronzeWriter.STATE);
        RunSummary transform = fixture.pipeline().run(fixture.pipeline().request(Stage.TRANSFORM));
        assertThat(transform.written()).isZero();
    }

    @Test
    void extract_rerunAfterCrashAtTheBatchSync_leavesTheLakeAsAnUninterruptedRun() {
        PipelineFixture uninterrupted = new PipelineFixture(directory.resolve("uninterrupted")).generate(15);
        uninterrupted.pipeline().run(uninterrupted.pipeline().request(Stage.EXTRACT));
        PipelineFixture crashed = new PipelineFixture(directory.resolve("crashed")).generate(15);
        Pipeline crashing = crashed.builder(crashingAtSync(crashed.lake)).build();
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.EXTRACT)))
                .satisfies(TransformCrashTest::causedByCrash);

        RunSummary rerun = crashed.pipeline().run(crashed.pipeline().request(Stage.EXTRACT));

        assertThat(rerun).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(15L, 0L);
        TransformCrashTest.assertSameFiles(crashed.files("bronze"), uninterrupted.files("bronze"));
        TransformCrashTest.assertSameFiles(crashed.files("_state"), uninterrupted.files("_state"));
    }

    @Test
    void extract_documentWriteFailingMidPage_commitsNothingAndTheRerunLeavesTheLakeAsAnUninterruptedRun() {
        PipelineFixture uninterrupted = new PipelineFixture(directory.resolve("uninterrupted")).generate(15);
        uninterrupted.pipeline().run(uninterrupted.pipeline().request(Stage.EXTRACT));
        PipelineFixture crashed = new PipelineFixture(directory.resolve("crashed")).generate(15);
        Pipeline crashing = crashed.builder(FaultInjectingStorage.failing(crashed.lake, Point.OPEN,
                key -> key.startsWith("bronze/nfe-test/ingest_date="), 3,
                key -> new Crash("opening bronze document " + key))).build();

        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.EXTRACT)))
                .satisfies(TransformCrashTest::causedByCrash);
        assertThat(crashed.files("bronze/nfe-test/_manifests")).isEmpty();

        RunSummary rerun = crashed.pipeline().run(crashed.pipeline().request(Stage.EXTRACT));

        assertThat(rerun).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(15L, 0L);
        TransformCrashTest.assertSameFiles(crashed.files("bronze"), uninterrupted.files("bronze"));
        TransformCrashTest.assertSameFiles(crashed.files("_state"), uninterrupted.files("_state"));
    }

    /** {@code lake}, crashing at the sync of the first batch, after its documents and claims are written. */
    private static Storage crashingAtSync(Storage lake) {
        return FaultInjectingStorage.failing(lake, Point.SYNC, key -> key.startsWith("bronze/"), 0,
                key -> new Crash("at the bronze batch's sync"));
    }
}
