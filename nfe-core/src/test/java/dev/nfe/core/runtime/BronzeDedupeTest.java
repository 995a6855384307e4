package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.nfe.core.generate.GeneratedDocument;
import dev.nfe.core.generate.NfeGenerator;
import dev.nfe.core.silver.SilverTables;
import dev.nfe.core.spi.DeferredWrites;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Table;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
    void extract_bareNfeThenItsNfeProcInALaterRun_keepsAndTransformsBothVersions() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory);
        GeneratedDocument document = NfeGenerator.seeded(11).withDummySignature().generate(0);
        Files.createDirectories(fixture.input);
        Files.write(fixture.input.resolve("a-nfe.xml"), document.bareNfeXml());
        Pipeline pipeline = fixture.pipeline();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        Files.write(fixture.input.resolve("b-procNFe.xml"), document.xml());

        RunSummary later = pipeline.run(pipeline.request(Stage.EXTRACT));
        pipeline.run(pipeline.request(Stage.TRANSFORM));

        assertThat(later).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(1L, 0L); // the ledger does not read a-nfe.xml again
        assertThat(fixture.files("bronze").keySet()).filteredOn(path -> path.contains(document.chave())).hasSize(2);
        Table nfe = SilverTables.named("nfe").orElseThrow();
        assertThat(fixture.silverRows()).extracting(row -> row.get(nfe.indexOf("doc_kind")),
                        row -> row.get(nfe.indexOf("doc_hash")))
                .containsExactly(tuple("nfe_signed", BronzeStore.sha256(document.bareNfeXml())),
                        tuple("nfe_proc", BronzeStore.sha256(document.xml())));
    }

    @Test
    void extract_sameContentWithBomAndCrlf_isADuplicate() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory);
        byte[] xml = NfeGenerator.seeded(12).generate(0).xml();
        byte[] variant = ("\uFEFF" + new String(xml, StandardCharsets.UTF_8).replace("><", ">\r\n<"))
                .getBytes(StandardCharsets.UTF_8);
        byte[] lf = new String(xml, StandardCharsets.UTF_8).replace("><", ">\n<").getBytes(StandardCharsets.UTF_8);
        Files.createDirectories(fixture.input);
        Files.write(fixture.input.resolve("a.xml"), lf);
        Files.write(fixture.input.resolve("b.xml"), variant);
        Pipeline pipeline = fixture.pipeline();

        RunSummary summary = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(summary).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(1L, 1L);
    }

    @Test
    void extract_overALakeWithBareChaveIds_addsNoDuplicate() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory);
        GeneratedDocument document = NfeGenerator.seeded(13).generate(0);
        plantBareChaveBatch(fixture, document, "20260104-000001");
        Files.createDirectories(fixture.input);
        Files.write(fixture.input.resolve(document.fileName()), document.xml());
        Files.write(fixture.input.resolve("bare.xml"), document.bareNfeXml());
        Pipeline pipeline = fixture.pipeline();

        RunSummary rerun = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(rerun).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(1L, 1L);
    }

    @Test
    void extract_freshLake_recordsThatItHoldsNoBareChaveClaims() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory).generate(3);
        Pipeline pipeline = fixture.pipeline();

        pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(extractState(fixture).path("claimIds").asText()).isEqualTo("versioned");
    }

    @Test
    void extract_overALakeWithBareChaveIds_doesNotRecordThatItHoldsNone() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory);
        GeneratedDocument document = NfeGenerator.seeded(13).generate(0);
        plantBareChaveBatch(fixture, document, "20260104-000001");
        Files.createDirectories(fixture.input);
        Files.write(fixture.input.resolve(document.fileName()), document.xml());
        Pipeline pipeline = fixture.pipeline();

        pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(extractState(fixture).has("claimIds")).isFalse();
    }

    @Test
    void extract_afterAWriterThatKnowsOnlyBareChaveIdsRewroteTheState_findsItsClaimsAgain() throws Exception {
        PipelineFixture fixture = new PipelineFixture(directory).generate(2);
        Pipeline pipeline = fixture.pipeline();
        pipeline.run(pipeline.request(Stage.EXTRACT));
        GeneratedDocument document = NfeGenerator.seeded(13).generate(0);
        plantBareChaveBatch(fixture, document, "20260104-000001");
        ObjectNode rewritten = (ObjectNode) extractState(fixture);
        rewritten.remove("claimIds");
        Files.write(fixture.lakeRoot.resolve("_state/nfe-test/" + BronzeWriter.STATE),
                StateStore.JSON.writeValueAsBytes(rewritten));
        Files.write(fixture.input.resolve(document.fileName()), document.xml());

        RunSummary rerun = pipeline.run(pipeline.request(Stage.EXTRACT));

        assertThat(rerun).extracting(RunSummary::written, RunSummary::duplicates).containsExactly(0L, 1L);
    }

    /** Commits {@code document} as a lake written before versioned ids did: claimed under its bare chave. */
    private static void plantBareChaveBatch(PipelineFixture fixture, GeneratedDocument document, String batchId) {
        LocalDate day = LocalDate.of(2026, 1, 4);
        BronzeStore bronze = new BronzeStore(fixture.lake, "bronze", PipelineFixture.PIPELINE);
        DocumentClaims claims = new DocumentClaims(new StateStore(fixture.lake, PipelineFixture.PIPELINE), bronze);
        String manifest = bronze.manifestPath(day, batchId);
        DeferredWrites writes = fixture.lake.deferredWrites();
        claims.claim(writes, document.chave(), manifest);
        BronzeDocument legacy = bronze.writeDocument(writes, document.chave(),
                document.toRawDocument("old", PipelineFixture.START), BronzeStore.sha256(document.xml()), day, batchId);
        writes.sync();
        bronze.commit(new BronzeBatch(PipelineFixture.PIPELINE, batchId, day, List.of(legacy)));
    }

    private static JsonNode extractState(PipelineFixture fixture) throws Exception {
        return StateStore.JSON.readTree(fixture.files("_state/nfe-test").get("_state/nfe-test/" + BronzeWriter.STATE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "../../etc/passwd", "NFe1234",
        "351234567890123456789012345678901234567890123456789012345678901234567890"})
    void of_idWithoutALayoutForm_isTheContentHash(String id) {
        RawDocument document = new RawDocument(id, new byte[] {'<', 'a', '/', '>'}, MediaType.XML, "s",
                PipelineFixture.START);

        assertThat(BronzeId.of(document).id()).matches("sha256-[0-9a-f]{64}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"35260112345678000190550010000000011000000010", "35260112ABC34DEF000155001000000001100000001A",
        "ID1101113526011234567800019055001000000001100000001001", "resNFe-35260112345678000190550010000000011000000010"})
    void of_layoutId_isTheIdAndAShortContentHash(String id) {
        RawDocument document = new RawDocument(id, new byte[] {'<', 'a', '/', '>'}, MediaType.XML, "s",
                PipelineFixture.START);

        assertThat(BronzeId.of(document).id()).startsWith(id + "-").hasSize(id.length() + 17);
    }

    @Test
    void of_contentNeedingNoNormalising_storesItsContentHash() {
        byte[] bytes = "<a/>\n".getBytes(StandardCharsets.UTF_8);

        BronzeId id = BronzeId.of(new RawDocument("x", bytes, MediaType.XML, "s", PipelineFixture.START));

        assertThat(id.storedHash()).isEqualTo(id.contentHash()).isEqualTo(BronzeStore.sha256(bytes));
    }

    @Test
    void of_contentWithCrlf_storesTheHashOfItsBytesAsReceived() {
        byte[] bytes = "<a/>\r\n".getBytes(StandardCharsets.UTF_8);

        BronzeId id = BronzeId.of(new RawDocument("x", bytes, MediaType.XML, "s", PipelineFixture.START));

        assertThat(id.storedHash()).isEqualTo(BronzeStore.sha256(bytes));
        assertThat(id.contentHash()).isEqualTo(BronzeStore.sha256("<a/>\n".getBytes(StandardCharsets.UTF_8)));
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
