package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.Notification;
import dev.nfe.core.spi.Row;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Table;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineEndToEndTest {

    @TempDir
    Path directory;

    @Test
    void runStages_all_writesEveryGeneratedDocumentToBronzeAndSilver() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(25);
        Pipeline pipeline = fixture.pipeline();

        List<RunSummary> summaries = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        assertThat(summaries).extracting(RunSummary::stage).containsExactly("extract", "transform");
        assertThat(summaries.get(0)).extracting(RunSummary::seen, RunSummary::written, RunSummary::duplicates)
                .containsExactly(25L, 25L, 0L);
        assertThat(summaries.get(0).batchIds()).containsExactly("20260105-000001", "20260105-000002",
                "20260105-000003");
        assertThat(summaries.get(1)).extracting(RunSummary::seen, RunSummary::written, RunSummary::quarantined)
                .containsExactly(25L, 25L, 0L);
        assertThat(summaries.get(1).batchIds()).containsExactly("nfe-test.20260105-000001",
                "nfe-test.20260105-000002", "nfe-test.20260105-000003");
        assertThat(fixture.silverRows()).hasSize(25);
    }

    @Test
    void extract_generatedDocument_keepsItsBytesInBronzeUnderItsChaveAndContentHash() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(1);
        String chave = NfeGenerator.seeded(42).chave(0);
        String name = chave + "-" + BronzeId.contentHash(NfeGenerator.seeded(42).generate(0).xml()).substring(0, 16);

        fixture.pipeline().run(fixture.pipeline().request(Stage.EXTRACT));

        Map<String, byte[]> bronze = fixture.files("bronze");
        assertThat(bronze).containsKey("bronze/nfe-test/ingest_date=2026-01-05/20260105-000001/" + name + ".xml")
                .containsKey("bronze/nfe-test/_manifests/ingest_date=2026-01-05/20260105-000001.json");
        assertThat(bronze.get("bronze/nfe-test/ingest_date=2026-01-05/20260105-000001/" + name + ".xml"))
                .isEqualTo(NfeGenerator.seeded(42).generate(0).xml());
    }

    @Test
    void runStages_rerunAfterCompleteRun_writesNoNewFiles() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(25);
        Pipeline pipeline = fixture.pipeline();
        pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);
        Map<String, byte[]> before = fixture.files("");

        List<RunSummary> rerun = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        assertThat(rerun).allSatisfy(summary -> assertThat(summary.batchIds()).isEmpty());
        Map<String, byte[]> after = fixture.files("");
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        assertThat(after).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }

    @Test
    void transform_invalidDocuments_quarantinesThemWithTheirReason() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(5)
                .input("broken-1.xml", "<nfeProc xmlns=\"http://www.portalfiscal.inf.br/nfe\"><NFe>")
                .input("broken-2.xml", "not xml at all");
        Pipeline pipeline = fixture.pipeline();

        List<RunSummary> summaries = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        RunSummary transform = summaries.get(1);
        assertThat(transform).extracting(RunSummary::seen, RunSummary::written, RunSummary::quarantined)
                .containsExactly(7L, 5L, 2L);
        assertThat(fixture.files("silver/_quarantine").keySet())
                .filteredOn(path -> path.endsWith(".reason.json")).hasSize(2);
        assertThat(fixture.notifier.notifications()).extracting(Notification::outcome)
                .containsExactly(Notification.Outcome.SUCCEEDED, Notification.Outcome.QUARANTINED);
    }

    @Test
    void transform_rows_carryTheSilverBatchIdAndTheSource() {
        PipelineFixture fixture = new PipelineFixture(directory).generate(1);
        Pipeline pipeline = fixture.pipeline();

        pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        Table nfe = SilverTables.named("nfe").orElseThrow();
        Row row = fixture.silverRows().get(0);
        assertThat(row.get(nfe.indexOf("chave"))).isEqualTo(NfeGenerator.seeded(42).chave(0));
        assertThat(row.get(nfe.indexOf("batch_id"))).isEqualTo("nfe-test.20260105-000001");
        assertThat((String) row.get(nfe.indexOf("source"))).endsWith("-procNFe.xml");
    }
}
