package dev.nfe.core.extract;

import static dev.nfe.core.extract.FolderFixtures.chave;
import static dev.nfe.core.extract.FolderFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.spi.MediaType;
import dev.nfe.core.testing.NfeCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentIdTest {
    private static final String EVENT = "1101113523046197683300018755001000004634108548475601";
    /** A chave whose CNPJ base is alphanumeric (valid from July 2026). */
    private static final String ALPHANUMERIC = "35260712ABC34501DE35550010000000011000000019";

    static Stream<Arguments> identifiedDocuments() {
        return Stream.of(
                Arguments.of("nfeProc XML", "<nfeProc><NFe><infNFe versao=\"4.00\" Id=\"NFe" + chave(1)
                        + "\"></infNFe></NFe><protNFe><infProt><chNFe>" + chave(1) + "</chNFe></infProt></protNFe>"
                        + "</nfeProc>", MediaType.XML, chave(1)),
                Arguments.of("single-quoted attribute", "<NFe><infNFe Id='NFe" + chave(2) + "'/></NFe>",
                        MediaType.XML, chave(2)),
                Arguments.of("XML escaped in a JSON envelope", "{\"xml\":\"<NFe><infNFe Id=\\\"NFe" + chave(3)
                        + "\\\"/></NFe>\"}", MediaType.JSON, chave(3)),
                Arguments.of("xmltodict @Id", "{\"NFe\":{\"infNFe\":{\"@Id\":\"NFe" + chave(4) + "\"}}}",
                        MediaType.JSON, chave(4)),
                Arguments.of("Standardize attributes.Id", "{\"infNFe\":{\"attributes\":{\"Id\": \"NFe" + chave(5)
                        + "\"}}}", MediaType.JSON, chave(5)),
                Arguments.of("chNFe element only", "<consSitNFe><chNFe>" + chave(6) + "</chNFe></consSitNFe>",
                        MediaType.XML, chave(6)),
                Arguments.of("chNFe JSON field", "{\"chNFe\": \"" + chave(7) + "\", \"situacao\": 1}",
                        MediaType.JSON, chave(7)),
                Arguments.of("event id beats the referenced chave", "<procEventoNFe><evento><infEvento Id=\"ID"
                        + EVENT + "\"><chNFe>" + chave(8) + "</chNFe></infEvento></evento></procEventoNFe>",
                        MediaType.XML, "ID" + EVENT),
                Arguments.of("resNFe summary is prefixed", "<resNFe versao=\"1.01\"><chNFe>" + chave(9)
                        + "</chNFe></resNFe>", MediaType.XML, "resNFe-" + chave(9)),
                Arguments.of("namespace prefix", "<nfe:resNFe><nfe:chNFe>" + chave(10) + "</nfe:chNFe></nfe:resNFe>",
                        MediaType.XML, "resNFe-" + chave(10)),
                Arguments.of("alphanumeric CNPJ in the chave", "<NFe><infNFe Id=\"NFe" + ALPHANUMERIC + "\"/></NFe>",
                        MediaType.XML, ALPHANUMERIC),
                Arguments.of("event on an alphanumeric chave", "<evento><infEvento Id=\"ID110111" + ALPHANUMERIC
                        + "01\"/></evento>", MediaType.XML, "ID110111" + ALPHANUMERIC + "01"),
                Arguments.of("summary of an alphanumeric chave", "<resNFe><chNFe>" + ALPHANUMERIC + "</chNFe></resNFe>",
                        MediaType.XML, "resNFe-" + ALPHANUMERIC));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("identifiedDocuments")
    void of_documentNamingOneKey_usesIt(String kind, String content, MediaType mediaType, String expected) {
        assertThat(DocumentId.of(utf8(content), mediaType)).isEqualTo(expected);
    }

    static Stream<Arguments> anonymousDocuments() {
        return Stream.of(
                Arguments.of("no key", "<nota><numero>1</numero></nota>", MediaType.XML),
                Arguments.of("two invoices in a batch", "<enviNFe><NFe><infNFe Id=\"NFe" + chave(1) + "\"/></NFe>"
                        + "<NFe><infNFe Id=\"NFe" + chave(2) + "\"/></NFe></enviNFe>", MediaType.XML),
                Arguments.of("a JSON array", "[{\"chNFe\":\"" + chave(1) + "\"}]", MediaType.JSON),
                Arguments.of("NDJSON", "{\"chNFe\":\"" + chave(1) + "\"}\n{\"chNFe\":\"" + chave(2) + "\"}",
                        MediaType.NDJSON),
                Arguments.of("resEvento summary", "<resEvento><chNFe>" + chave(1) + "</chNFe></resEvento>",
                        MediaType.XML),
                Arguments.of("45 digits are not a chave", "<NFe><infNFe Id=\"NFe" + chave(1) + "1\"/></NFe>",
                        MediaType.XML),
                Arguments.of("an attribute whose name ends in Id", "<NFe><infNFe xId=\"NFe" + chave(1) + "\"/></NFe>",
                        MediaType.XML),
                Arguments.of("a JSON key that ends in Id", "{\"infNFe\":{\"xId\":\"NFe" + chave(1) + "\"}}",
                        MediaType.JSON),
                Arguments.of("letters outside the CNPJ base", "<NFe><infNFe Id=\"NFe" + ALPHANUMERIC.replace("55", "AB")
                        + "\"/></NFe>", MediaType.XML));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("anonymousDocuments")
    void of_documentWithoutOneKey_usesContentHash(String kind, String content, MediaType mediaType) {
        assertThat(DocumentId.of(utf8(content), mediaType)).isEqualTo(DocumentId.hash(utf8(content)));
    }

    @Test
    void hash_isSha256Hex() {
        assertThat(DocumentId.hash(utf8("abc")))
                .isEqualTo("sha256-ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void of_keyBeyondTheSniffWindow_isNotSearched() {
        String content = "<nfeProc>" + " ".repeat(DocumentId.SNIFF_WINDOW) + "<infNFe Id=\"NFe" + chave(1)
                + "\"/></nfeProc>";

        assertThat(DocumentId.of(utf8(content), MediaType.XML)).startsWith("sha256-");
    }

    @Test
    void of_corpusInvoices_getTheirChaveAndEventsTheirEventId() throws IOException {
        List<Path> files = NfeCorpus.require().xml();
        Pattern invoiceId = Pattern.compile("Id=\"NFe(\\d{44})\"");
        int invoices = 0;
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String id = DocumentId.of(content, MediaType.XML);
            if (name.startsWith("event-") || name.startsWith("evento-")) {
                assertThat(id).as(name).startsWith("ID");
            } else if (name.startsWith("nfeproc-") || name.startsWith("nfceproc-")) {
                Matcher matcher = invoiceId.matcher(new String(content, StandardCharsets.ISO_8859_1));
                assertThat(matcher.find()).as(name).isTrue();
                assertThat(id).as(name).isEqualTo(matcher.group(1));
                invoices++;
            }
        }
        assertThat(invoices).isPositive();
    }
}
