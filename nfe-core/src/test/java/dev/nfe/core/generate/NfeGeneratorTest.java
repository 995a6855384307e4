package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.nfe.core.spi.MediaType;
import dev.nfe.core.spi.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NfeGeneratorTest {
    private final NfeGenerator generator = NfeGenerator.seeded(42);

    @Test
    void generate_sameSeedAndIndex_returnsIdenticalBytes() {
        NfeGenerator twin = NfeGenerator.seeded(42);

        assertThat(Stream.iterate(0, i -> i + 1).limit(50))
                .allSatisfy(index -> assertThat(twin.generate(index).xml()).isEqualTo(generator.generate(index).xml()));
        assertThat(twin.generate(7)).isEqualTo(generator.generate(7));
    }

    @Test
    void generate_differentSeeds_returnDifferentDocuments() {
        assertThat(NfeGenerator.seeded(43).generate(0).xml()).isNotEqualTo(generator.generate(0).xml());
    }

    @Test
    void generate_outOfOrder_equalsTheStreamedDocument() {
        List<GeneratedDocument> streamed = generator.stream(100).toList();

        assertThat(generator.generate(99)).isEqualTo(streamed.get(99));
        assertThat(generator.generate(0)).isEqualTo(streamed.get(0));
    }

    @Test
    void stream_thousandDocuments_haveDistinctChaves() {
        Set<String> chaves = generator.stream(1000).map(GeneratedDocument::chave).collect(Collectors.toSet());

        assertThat(chaves).hasSize(1000);
    }

    @Test
    void chave_withoutGenerating_equalsTheDocumentsChave() {
        assertThat(generator.chave(123)).isEqualTo(generator.generate(123).chave());
    }

    @Test
    void withItemsPerDocument_range_boundsTheItemCount() {
        NfeGenerator ranged = generator.withItemsPerDocument(3, 5);

        List<Integer> counts = ranged.stream(200).map(GeneratedDocument::itemCount).toList();

        assertThat(counts).allSatisfy(count -> assertThat(count).isBetween(3, 5)).contains(3, 5);
    }

    @ParameterizedTest
    @CsvSource({"0, 1", "5, 4", "1, 991"})
    void withItemsPerDocument_invalidRange_throws(int min, int max) {
        assertThatThrownBy(() -> generator.withItemsPerDocument(min, max))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("items per document");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 101})
    void withNfceShare_outsidePercent_throws(int percent) {
        assertThatThrownBy(() -> generator.withNfceShare(percent))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nfcePercent=" + percent);
    }

    @Test
    void withIssuePeriod_endBeforeStart_throws() {
        assertThatThrownBy(() -> generator.withIssuePeriod(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before it starts");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, NfeGenerator.MAX_INDEX + 1})
    void generate_indexOutOfRange_throws(int index) {
        assertThatThrownBy(() -> generator.generate(index))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("index must be 0 to " + NfeGenerator.MAX_INDEX);
    }

    @Test
    void withNfceShare_hundred_generatesOnlyNfceWithQrCode() {
        List<GeneratedDocument> documents = generator.withNfceShare(100).stream(50).toList();

        assertThat(documents).allSatisfy(document -> {
            assertThat(document.model()).isEqualTo(DocumentModel.NFCE);
            assertThat(document.chave().substring(20, 22)).isEqualTo("65");
            assertThat(ParsedXml.parse(document.xml()).text("NFe/infNFeSupl/qrCode"))
                    .contains("?p=" + document.chave() + "|2|1|");
        });
    }

    @Test
    void withNfceShare_zero_generatesOnlyNfeWithRecipient() {
        assertThat(generator.withNfceShare(0).stream(50)).allSatisfy(document -> {
            assertThat(document.model()).isEqualTo(DocumentModel.NFE);
            assertThat(document.recipient()).isPresent();
        });
    }

    @Test
    void withReformShare_hundredIn2026_writesReformGroupsWithVNFTotEqualToVNF() {
        NfeGenerator reform = generator.withReformShare(100)
                .withIssuePeriod(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));

        assertThat(reform.stream(50)).allSatisfy(document -> {
            assertThat(document.totals().vNFTot()).hasValueSatisfying(vNFTot ->
                    assertThat(vNFTot).isEqualByComparingTo(document.vNF()));
            assertThat(document.items()).allSatisfy(item -> assertThat(item.vItem()).isPresent());
            assertThat(ParsedXml.parse(document.xml()).count("NFe/infNFe/det/imposto/IBSCBS"))
                    .isEqualTo(document.itemCount());
        });
    }

    @Test
    void withReformShare_hundredBefore2026_writesNoReformGroups() {
        NfeGenerator before = generator.withReformShare(100)
                .withIssuePeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(before.stream(50)).allSatisfy(document -> {
            assertThat(document.totals().vNFTot()).isEmpty();
            assertThat(ParsedXml.parse(document.xml()).elementNames()).doesNotContain("IBSCBS", "IBSCBSTot", "IS");
        });
    }

    @Test
    void generate_dhEmi_fallsInTheIssuePeriodWithItsStatesOffset() {
        NfeGenerator january = generator.withIssuePeriod(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20));
        Set<String> offsets = new TreeSet<>();

        january.stream(500).forEach(document -> {
            OffsetDateTime dhEmi = OffsetDateTime.parse(document.dhEmi());
            assertThat(dhEmi.toLocalDate()).isBetween(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 20));
            offsets.add(dhEmi.getOffset().getId());
        });

        assertThat(offsets).contains("-03:00", "-04:00");
    }

    @Test
    void generate_largeEmitterPool_reachesEveryOffset() {
        Set<String> offsets = generator.withEmitters(400).stream(2000)
                .map(document -> OffsetDateTime.parse(document.dhEmi()).getOffset().getId())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(offsets).containsExactly("-03:00", "-04:00", "-05:00");
    }

    @Test
    void generate_conformanceSet_coversEveryGroup() {
        Set<String> names = new TreeSet<>();

        ConformanceSet.generator().stream(ConformanceSet.SIZE)
                .forEach(document -> names.addAll(ParsedXml.parse(document.xml()).elementNames()));

        assertThat(names).containsAll(ConformanceSet.EVERY_GROUP);
    }

    @Test
    void generate_conformanceSet_containsBothModels() {
        assertThat(ConformanceSet.generator().stream(ConformanceSet.SIZE).map(GeneratedDocument::model))
                .contains(DocumentModel.NFE, DocumentModel.NFCE);
    }

    @Test
    void generate_nfref_pointsAtAnEarlierGeneratedChave() {
        List<GeneratedDocument> documents = generator.stream(300).toList();
        List<String> references = documents.stream()
                .flatMap(document -> ParsedXml.parse(document.xml()).texts("NFe/infNFe/ide/NFref/refNFe").stream())
                .toList();

        assertThat(references).isNotEmpty()
                .allSatisfy(chave -> assertThat(documents).extracting(GeneratedDocument::chave).contains(chave));
    }

    @Test
    void writeTo_directory_writesOneFilePerDocumentNamedByChave(@TempDir Path directory) throws IOException {
        Path out = directory.resolve("documents");

        generator.writeTo(out, 5);

        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(generator.stream(5).map(d -> d.chave() + "-procNFe.xml").sorted()
                            .toList());
        }
        assertThat(Files.readAllBytes(out.resolve(generator.generate(3).fileName())))
                .isEqualTo(generator.generate(3).xml());
    }

    @Test
    void toRawDocument_generatedDocument_isXmlIdentifiedByChave() {
        GeneratedDocument document = generator.generate(0);

        RawDocument raw = document.toRawDocument("generator://42/0", Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(raw.id()).isEqualTo(document.chave());
        assertThat(raw.mediaType()).isEqualTo(MediaType.XML);
        assertThat(raw.bytes()).isEqualTo(document.xml());
    }

    @Test
    void generate_xml_isUtf8InTheNfeNamespace() {
        GeneratedDocument document = generator.generate(1);
        String text = new String(document.xml(), StandardCharsets.UTF_8);

        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><nfeProc");
        assertThat(ParsedXml.parse(document.xml()).namespace()).isEqualTo("http://www.portalfiscal.inf.br/nfe");
    }
}
