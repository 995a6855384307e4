package dev.nfe.core.extract;

import static dev.nfe.core.extract.SefazResponses.docZip;
import static dev.nfe.core.extract.SefazResponses.rawDocZip;
import static dev.nfe.core.extract.SefazResponses.resNFe;
import static dev.nfe.core.extract.SefazResponses.response;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.spi.NfeException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class DistDFeResponseTest {
    private static final String CHAVE = "35261211222333000181550010000000011000000019";

    @Test
    void parse_whenDocumentsFound_readsStatusRangeAndDocZips() {
        String body = response("138", "Documento localizado", 2, 212,
                docZip(1, "resNFe_v1.01.xsd", resNFe(CHAVE)), rawDocZip(2, "procEventoNFe_v1.00.xsd", "H4sI"));

        DistDFeResponse parsed = DistDFeResponse.parse(body.getBytes(StandardCharsets.UTF_8), "test");

        assertThat(parsed.cStat()).isEqualTo("138");
        assertThat(parsed.xMotivo()).isEqualTo("Documento localizado");
        assertThat(parsed.dhResp()).contains(OffsetDateTime.parse("2026-12-04T09:15:00-03:00"));
        assertThat(parsed.ultNsu()).isEqualTo(2);
        assertThat(parsed.maxNsu()).isEqualTo(212);
        assertThat(parsed.documents()).extracting(DistDFeResponse.DocZip::nsu, DistDFeResponse.DocZip::kind)
                .containsExactly(tuple(1L, "resNFe"), tuple(2L, "procEventoNFe"));
        assertThat(parsed.documents().get(1).schema()).isEqualTo("procEventoNFe_v1.00.xsd");
    }

    @Test
    void parse_whenNoDocuments_hasEmptyLot() {
        String body = response("137", "Nenhum documento localizado", 212, 212);

        DistDFeResponse parsed = DistDFeResponse.parse(body.getBytes(StandardCharsets.UTF_8), "test");

        assertThat(parsed.cStat()).isEqualTo("137");
        assertThat(parsed.documents()).isEmpty();
        assertThat(parsed.hasUltNsu()).isTrue();
    }

    @Test
    void parse_whenNotSoap_namesTheSource() {
        assertThatThrownBy(() -> DistDFeResponse.parse("<html>erro</html>".getBytes(StandardCharsets.UTF_8),
                "https://sefaz.example/ws"))
                .isInstanceOf(NfeException.class)
                .hasMessageContaining("https://sefaz.example/ws")
                .hasMessageContaining("no retDistDFeInt");
    }

    @Test
    void parse_whenDocZipLacksNsu_isRefused() {
        String body = response("138", "Documento localizado", 1, 1).replace("</retDistDFeInt>",
                "<loteDistDFeInt><docZip schema=\"resNFe_v1.01.xsd\">H4sI</docZip></loteDistDFeInt></retDistDFeInt>");

        assertThatThrownBy(() -> DistDFeResponse.parse(body.getBytes(StandardCharsets.UTF_8), "test"))
                .isInstanceOf(NfeException.class).hasMessageContaining("no NSU or schema");
    }

    @Test
    void parse_whenDtdDeclared_doesNotExpandEntities() {
        String body = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + response("138", "&e;", 1, 1).substring("<?xml version=\"1.0\" encoding=\"utf-8\"?>".length());

        DistDFeResponse parsed = DistDFeResponse.parse(body.getBytes(StandardCharsets.UTF_8), "test");

        assertThat(parsed.xMotivo()).doesNotContain("root:");
    }
}
