package dev.nfe.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.ParseOutcome;
import dev.nfe.core.spi.RawDocument;
import dev.nfe.core.storage.LocalStorage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineWriterTest {
    private static final LocalDate DATE = LocalDate.of(2026, 1, 5);
    private static final Instant FETCHED = Instant.parse("2026-01-05T10:00:00Z");
    private static final List<Finding> FINDINGS = List.of(
            Finding.warning("XML_UNKNOWN_ELEMENT", "/nfeProc/NFe/infNFe/foo", "Skipped element foo"),
            Finding.error("XML_MALFORMED", "", "Unexpected end of input at line 1, column 40"));

    @TempDir
    Path root;

    @Test
    void write_quarantined_keepsTheBytesAsReceived() throws IOException {
        byte[] bytes = "<nfeProc><NFe>".getBytes(StandardCharsets.UTF_8);

        writer().write(quarantined("35260100000000000191550010000000011000000010", bytes, MediaType.XML), "b1", DATE);

        assertThat(root.resolve("silver/_quarantine/ingest_date=2026-01-05/batch=b1/"
                + "35260100000000000191550010000000011000000010.xml")).hasBinaryContent(bytes);
    }

    @Test
    void write_quarantined_writesTheReasonWithCodesFindingsAndSource() throws IOException {
        String reasonPath = writer().write(quarantined("doc-1", "{".getBytes(StandardCharsets.UTF_8),
                MediaType.JSON), "b1", DATE);

        JsonNode reason = new ObjectMapper().readTree(root.resolve(reasonPath).toFile());
        assertThat(reasonPath).isEqualTo("silver/_quarantine/ingest_date=2026-01-05/batch=b1/doc-1.reason.json");
        assertThat(reason.get("documentId").asText()).isEqualTo("doc-1");
        assertThat(reason.get("document").asText())
                .isEqualTo("silver/_quarantine/ingest_date=2026-01-05/batch=b1/doc-1.json");
        assertThat(reason.get("source").asText()).isEqualTo("inbox/doc-1.json");
        assertThat(reason.get("codes")).hasSize(1);
        assertThat(reason.get("codes").get(0).asText()).isEqualTo("XML_MALFORMED");
        assertThat(reason.get("findings")).hasSize(2);
    }

    @Test
    void write_gzipContent_keepsTheGzExtension() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write("<nfeProc>".getBytes(StandardCharsets.UTF_8));
        }

        writer().write(quarantined("doc-2", compressed.toByteArray(), MediaType.XML), "b1", DATE);

        assertThat(root.resolve("silver/_quarantine/ingest_date=2026-01-05/batch=b1/doc-2.xml.gz")).exists();
    }

    @Test
    void write_pageElementId_writesTheIndexAfterAnUnderscore() {
        String reasonPath = writer().write(quarantined("abc123#2", new byte[] {1}, MediaType.UNKNOWN), "b1", DATE);

        assertThat(reasonPath).endsWith("/batch=b1/abc123_2.reason.json");
        assertThat(root.resolve("silver/_quarantine/ingest_date=2026-01-05/batch=b1/abc123_2.bin")).exists();
    }

    @Test
    void write_idWithUnsafeCharacters_namesTheFilesByTheIdsHash() {
        String reasonPath = writer().write(quarantined("../a/b#2", new byte[] {1}, MediaType.UNKNOWN), "b1", DATE);

        assertThat(reasonPath).matches(".*/batch=b1/x___a_b_2-[0-9a-f]{32}\\.reason\\.json");
        assertThat(SafeFileName.of("../a/b#2")).isNotEqualTo(SafeFileName.of("../a/b#3"));
    }

    @Test
    void write_idLongerThanAFileName_namesTheFilesByTheIdsHashAndBoundsTheReason() throws IOException {
        String id = "9".repeat(10_000);

        String reasonPath = writer().write(quarantined(id, new byte[] {1}, MediaType.UNKNOWN), "b1", DATE);

        JsonNode reason = new ObjectMapper().readTree(root.resolve(reasonPath).toFile());
        assertThat(reasonPath).matches(".*/batch=b1/x9{96}-[0-9a-f]{32}\\.reason\\.json");
        assertThat(reason.get("documentId").asText()).startsWith("9999").hasSizeLessThan(300);
    }

    @Test
    void write_sameDocumentTwice_givesTheSameBytes() throws IOException {
        ParseOutcome.Quarantined outcome = quarantined("doc-3", "<x>".getBytes(StandardCharsets.UTF_8), MediaType.XML);
        String reasonPath = writer().write(outcome, "b1", DATE);
        byte[] first = Files.readAllBytes(root.resolve(reasonPath));

        writer().write(outcome, "b1", DATE);

        assertThat(root.resolve(reasonPath)).hasBinaryContent(first);
    }

    private QuarantineWriter writer() {
        return new QuarantineWriter(new LocalStorage(root), "silver");
    }

    private static ParseOutcome.Quarantined quarantined(String id, byte[] bytes, MediaType mediaType) {
        return new ParseOutcome.Quarantined(new RawDocument(id, bytes, mediaType, "inbox/" + id
                + (mediaType == MediaType.JSON ? ".json" : ".xml"), FETCHED), FINDINGS);
    }
}
