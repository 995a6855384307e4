package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.spi.RunSummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BronzeDedupeTest {

    @TempDir
    Path directory;

    @Test
    void extract_afterLosingItsCheckpoint_skipsEveryDocumentAsDuplicate() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        Pipeline pipeline = fixture.pipeline();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        Map<String, byte[]> bronze = fixture.files("bronze");

        fixture.lake.delete("_state/nfe-test/extract.json");
        fixture.files("_state/nfe-test/ledger").keySet()
                .forEach(fixture.lake::delete);

        RunSummary again = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(again).extracting(RunSummary::seen, RunSummary::written, RunSummary::duplicates)
                .containsExactly(15L, 0L, 15L);
        assertThat(again.batchIds()).isEmpty();
        assertThat(fixture.files("bronze").keySet()).containsExactlyElementsOf(bronze.keySet());
    }

    @Test
    void extract_sameDocumentUnderTwoNames_writesItOnce() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory).generate(3);
        String first;
        try (var files = Files.list(fixture.input)) {
            first = files.map(Path::getFileName).map(Path::toString).sorted().findFirst().orElseThrow();
        }
        Files.copy(fixture.input.resolve(first), fixture.input.resolve("zz-copy-of-" + first));
        Pipeline pipeline = fixture.pipeline();

        RunSummary summary = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(summary).extracting(RunSummary::seen, RunSummary::written, RunSummary::duplicates)
                .containsExactly(4L, 3L, 1L);
    }

    @Test
    void extract_documentArrivingInALaterRun_isSkipped() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory).generate(3);
        Pipeline pipeline = fixture.pipeline();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        String chave = NfeGenerator.seeded(42).chave(1);
        Files.write(fixture.input.resolve("zz-resent.xml"),
                NfeGenerator.seeded(42).generate(1).xml());

        RunSummary later = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(later).extracting(RunSummary::seen, RunSummary::written, RunSummary::duplicates)
                .containsExactly(1L, 0L, 1L);
        assertThat(fixture.files("bronze").keySet()).filteredOn(path -> path.contains(chave)).hasSize(1);
    }

    @Test
    void extract_rerunAfterCrashBeforeManifest_rewritesTheSameBatch() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        Pipeline crashing = fixture.builder(TransformCrashTest.crashing(fixture.lake,
                key -> key.startsWith("bronze/nfe-test/_manifests/"), 1, "bronze manifest")).build();
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.EXTRACT)))
                .satisfies(TransformCrashTest::causedByCrash);

        RunSummary rerun = fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));

        assertThat(rerun.batchIds()).containsExactly("20260105-000002");
        assertThat(rerun).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(5L, 0L);
        assertThat(fixture.files("bronze/nfe-test/ingest_date=2026-01-05")).hasSize(15);
    }

    @Test
    void extract_rerunAfterCrashBeforeState_addsNothingAndMovesOn() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(15);
        Pipeline crashing = fixture.builder(TransformCrashTest.crashing(fixture.lake,
                key -> key.equals("_state/nfe-test/extract.json"), 0, "extract state")).build();
        assertThatThrownBy(() -> crashing.run(crashing.request(Stage.EXTRACT)))
                .satisfies(TransformCrashTest::causedByCrash);

        RunSummary rerun = fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));

        assertThat(rerun.batchIds()).containsExactly("20260105-000002");
        assertThat(rerun).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(5L, 10L);
        RunSummary transform = fixture.pipeline().run(fixture.pipeline().request(Stage.TRANSFORM));
        assertThat(transform.written()).isEqualTo(15);
    }
}
