package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.spi.RunSummary;
import dev.nfe.core.spi.Storage;
import dev.nfe.core.testing.FaultInjectingStorage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents in the middle of a real run (folder extractor, nfe-xml, parquet, local storage): each one is
 * quarantined with its specific reason code, and every good document around it still reaches silver.
 */
class HostileInputPipelineTest {
    private static final String NS = "http://www.portalfiscal.inf.br/nfe";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void runStages_hostileDocumentsAmongGoodOnes_quarantinesEachWithItsCodeAndKeepsTheRest() throws IOException {
        PipelineFixture fixture = new PipelineFixture(directory).generate(12)
                .input("hostile-xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE nfeProc [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<nfeProc xmlns=\"" + NS + "\">&x;</nfeProc>")
                .input("hostile-laughs.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                        + "<nfeProc xmlns=\"" + NS + "\">&lol2;</nfeProc>")
                .input("hostile-namespace.xml", "<nfeProc xmlns=\"http://example.com/not-nfe\"><NFe/></nfeProc>")
                .input("hostile-truncated.xml", "<nfeProc xmlns=\"" + NS + "\"><NFe><infNFe Id=\"NFe1\"><ide>");
        Files.write(fixture.input.resolve("hostile-utf8.xml"), invalidUtf8());
        Files.write(fixture.input.resolve("hostile-bomb.xml.gz"), gzipBomb());
        Pipeline pipeline = fixture.pipeline();

        List<RunSummary> summaries = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        RunSummary transform = summaries.get(1);
        assertThat(transform).extracting(RunSummary::seen, RunSummary::written, RunSummary::quarantined)
                .containsExactly(18L, 12L, 6L);
        assertThat(fixture.silverRows()).hasSize(12);
        assertThat(reasonCodesBySource(fixture)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hostile-xxe.xml", "XML_DTD_FORBIDDEN",
                "hostile-laughs.xml", "XML_DTD_FORBIDDEN",
                "hostile-namespace.xml", "XML_WRONG_NAMESPACE",
                "hostile-truncated.xml", "XML_MALFORMED",
                "hostile-utf8.xml", "XML_ENCODING",
                "hostile-bomb.xml.gz", "GZIP_RATIO_EXCEEDED"));
    }

    @Test
    void runStages_envelopeWithOverlongChave_quarantinesItUnderAHashedNameAndKeepsTheRest() throws IOException {
        String chave = "9".repeat(100_000);
        PipelineFixture fixture = new PipelineFixture(directory).generate(12)
                .input("hostile-chave.json", "{\"chave\": \"" + chave + "\", \"xml\": \"<nfeProc xmlns=\\\"" + NS
                        + "\\\"><NFe/></nfeProc>\"}");
        Pipeline pipeline = fixture.builder(fixture.lake).deserializer(fixture.jsonDeserializer()).build();

        List<RunSummary> summaries = pipeline.runStages(pipeline.request(Stage.ALL), ProgressListener.NONE);

        assertThat(summaries.get(1)).extracting(RunSummary::written, RunSummary::quarantined)
                .containsExactly(12L, 1L);
        assertThat(fixture.silverRows()).hasSize(12);
        assertThat(reasonCodesBySource(fixture)).containsOnlyKeys("hostile-chave.json");
        assertThat(fixture.files("silver/_quarantine").keySet())
                .allSatisfy(path -> assertThat(Path.of(path).getFileName().toString()).hasSizeLessThan(120));
    }

    @Test
    void runStages_quarantineWriteFails_commitsTheGoodDocumentsAndTheRerunWritesTheQuarantine() throws IOException {
        PipelineFixture fixture = new PipelineFixture(directory).generate(12)
                .input("hostile-truncated.xml", "<nfeProc xmlns=\"" + NS + "\"><NFe><infNFe Id=\"NFe1\"><ide>");
        Storage failingQuarantine = FaultInjectingStorage.failing(fixture.lake, FaultInjectingStorage.Point.OPEN,
                path -> path.contains("/_quarantine/"));
        Pipeline failing = fixture.builder(failingQuarantine).build();

        List<RunSummary> first = failing.runStages(failing.request(Stage.ALL), ProgressListener.NONE);

        assertThat(first.get(1)).extracting(RunSummary::written, RunSummary::quarantined).containsExactly(12L, 1L);
        assertThat(fixture.silverRows()).hasSize(12);
        assertThat(fixture.files("silver/_quarantine")).isEmpty();

        Pipeline rerun = fixture.pipeline();
        rerun.runStages(rerun.request(Stage.ALL), ProgressListener.NONE);
        Map<String, byte[]> silver = fixture.files("silver");
        rerun.runStages(rerun.request(Stage.ALL), ProgressListener.NONE);

        assertThat(reasonCodesBySource(fixture)).containsExactly(Map.entry("hostile-truncated.xml", "XML_MALFORMED"));
        assertThat(fixture.silverRows()).hasSize(12);
        assertThat(fixture.silverBatches()).hasSize(2);
        assertThat(fixture.files("silver")).containsOnlyKeys(silver.keySet());
    }

    private static Map<String, String> reasonCodesBySource(PipelineFixture fixture) throws IOException {
        Map<String, String> codes = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : fixture.files("silver/_quarantine").entrySet()) {
            if (file.getKey().endsWith(".reason.json")) {
                JsonNode reason = JSON.readTree(file.getValue());
                String source = Path.of(reason.get("source").asText()).getFileName().toString();
                codes.put(source, reason.get("codes").get(0).asText());
            }
        }
        return codes;
    }

    private static byte[] invalidUtf8() {
        byte[] head = ("<nfeProc xmlns=\"" + NS + "\"><NFe><infNFe><ide><natOp>VENDA ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</natOp></ide></infNFe></NFe></nfeProc>".getBytes(StandardCharsets.UTF_8);
        byte[] document = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, document, 0, head.length);
        document[head.length] = (byte) 0xC3;
        document[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, document, head.length + 2, tail.length);
        return document;
    }

    /** 16 MiB of spaces inside an element: under the extractor's 20 MiB file limit, far over the ratio limit. */
    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(("<nfeProc xmlns=\"" + NS + "\">").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 16; i++) {
                gzip.write(spaces);
            }
            gzip.write("</nfeProc>".getBytes(StandardCharsets.UTF_8));
        }
        return compressed.toByteArray();
    }
}
