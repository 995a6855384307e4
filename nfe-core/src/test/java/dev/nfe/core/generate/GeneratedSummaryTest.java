package dev.nfe.core.generate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeneratedSummaryTest {
    private final NfeGenerator generator = NfeGenerator.seeded(8).withNfceShare(0);
    private final GeneratedDocument document = generator.generate(4);

    @Test
    void generateSummary_document_carriesTheDocumentsKeyValues() {
        GeneratedSummary summary = generator.generateSummary(document);
        ParsedXml xml = ParsedXml.parse(summary.xml());

        assertThat(summary.kind()).isEqualTo(SummaryKind.RES_NFE);
        assertThat(xml.name()).isEqualTo("resNFe");
        assertThat(xml.namespace()).isEqualTo("http://www.portalfiscal.inf.br/nfe");
        assertThat(xml.attribute("versao")).isEqualTo("1.01");
        assertThat(xml.text("chNFe")).isEqualTo(document.chave()).isEqualTo(summary.chave());
        assertThat(xml.text("CNPJ")).isEqualTo(document.emitterCnpj());
        assertThat(xml.text("xNome")).isEqualTo(document.emitter().xNome());
        assertThat(xml.text("dhEmi")).isEqualTo(document.dhEmi());
        assertThat(xml.decimal("vNF")).isEqualByComparingTo(document.vNF());
        assertThat(xml.text("digVal")).isEqualTo(document.digVal());
        assertThat(xml.text("nProt")).isEqualTo(document.nProt());
        assertThat(xml.text("cSitNFe")).isEqualTo("1");
    }

    @Test
    void generateSummary_cancelledDocument_reportsSituationThree() {
        ParsedXml xml = ParsedXml.parse(generator.generateSummary(document, NfeSituation.CANCELLED).xml());

        assertThat(xml.text("cSitNFe")).isEqualTo("3");
    }

    @Test
    void generateSummary_event_carriesTheEventsKeyValues() {
        GeneratedEvent event = generator.generateEvent(document, EventType.OPERATION_CONFIRMATION);

        GeneratedSummary summary = generator.generateSummary(event);
        ParsedXml xml = ParsedXml.parse(summary.xml());

        assertThat(summary.kind()).isEqualTo(SummaryKind.RES_EVENTO);
        assertThat(xml.name()).isEqualTo("resEvento");
        assertThat(xml.attribute("versao")).isEqualTo("1.01");
        assertThat(xml.text("cOrgao")).isEqualTo("91");
        assertThat(xml.text("chNFe")).isEqualTo(document.chave());
        assertThat(xml.optionalText("CNPJ").or(() -> xml.optionalText("CPF"))).contains(event.authorTaxId());
        assertThat(xml.text("tpEvento")).isEqualTo("210200");
        assertThat(xml.text("nSeqEvento")).isEqualTo("1");
        assertThat(xml.text("xEvento")).isEqualTo("Confirmacao da Operacao");
        assertThat(xml.text("dhEvento")).isEqualTo(event.dhEvento());
        assertThat(xml.text("dhRecbto")).isEqualTo(event.dhRegEvento());
        assertThat(xml.text("nProt")).isEqualTo(event.nProt());
    }
}
