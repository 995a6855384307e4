package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.Event;
import dev.nfe.core.model.EventDetail;
import dev.nfe.core.model.EventSummary;
import dev.nfe.core.model.NfeSummary;
import java.math.BigDecimal;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** Events and SEFAZ distribution summaries (EventReader, SummaryReader). */
class EventReaderTest {
    private static final String CHAVE = NfeXml.CHAVE;
    private static final String INF_EVENTO = "<cOrgao>35</cOrgao><tpAmb>2</tpAmb><CNPJ>21684155000164</CNPJ>"
            + "<chNFe>" + CHAVE + "</chNFe><dhEvento>2023-01-11T09:00:00-03:00</dhEvento><tpEvento>110110</tpEvento>"
            + "<nSeqEvento>2</nSeqEvento><verEvento>1.00</verEvento>";
    private static final String RET = "<retEvento versao=\"1.00\"><infEvento><tpAmb>2</tpAmb><verAplic>SP</verAplic>"
            + "<cOrgao>35</cOrgao><cStat>135</cStat><xMotivo>Evento registrado</xMotivo><chNFe>" + CHAVE + "</chNFe>"
            + "<tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento>"
            + "<dhRegEvento>2023-01-11T09:00:05-03:00</dhRegEvento><nProt>135230000000009</nProt></infEvento></retEvento>";

    @Test
    void readEvento_cartaDeCorrecao_typesTheDetailAndKeepsItsXml() throws XMLStreamException {
        Event event = EventReader.readEvento(XmlSnippet.at("<evento versao=\"1.00\"><infEvento Id=\"ID110110" + CHAVE
                + "02\">" + INF_EVENTO + "<detEvento versao=\"1.00\"><descEvento>Carta de Correcao</descEvento>"
                + "<xCorrecao>Peso &amp; volumes: 3 &lt;caixas&gt;</xCorrecao><xCondUso>A Carta</xCondUso>"
                + "</detEvento></infEvento></evento>"));

        assertThat(event.chave()).isEqualTo(new AccessKey(CHAVE));
        assertThat(event.id()).isEqualTo("ID110110" + CHAVE + "02");
        assertThat(event.nSeqEvento()).isEqualTo(2);
        assertThat(event.descEvento()).contains("Carta de Correcao");
        assertThat(event.detail()).isEqualTo(new EventDetail.CorrectionLetter("Peso & volumes: 3 <caixas>",
                Optional.of("A Carta")));
        assertThat(event.detEventoXml()).contains("<detEvento xmlns=\"" + NfeXmlParser.NFE_NAMESPACE + "\""
                + " versao=\"1.00\"><descEvento>Carta de Correcao</descEvento>"
                + "<xCorrecao>Peso &amp; volumes: 3 &lt;caixas&gt;</xCorrecao><xCondUso>A Carta</xCondUso>"
                + "</detEvento>");
        assertThat(event.retEvento()).isEmpty();
    }

    @Test
    void readProcEvento_cancellation_pairsTheEventWithItsResult() throws XMLStreamException {
        Event event = EventReader.readProcEvento(XmlSnippet.at("<procEventoNFe versao=\"1.00\"><evento versao=\"1.00\">"
                + "<infEvento Id=\"ID110111" + CHAVE + "01\">" + INF_EVENTO.replace("110110", "110111")
                        .replace("<nSeqEvento>2</nSeqEvento>", "<nSeqEvento>1</nSeqEvento>")
                + "<detEvento versao=\"1.00\"><descEvento>Cancelamento</descEvento><nProt>135230000000001</nProt>"
                + "<xJust>Erro no valor do desconto</xJust></detEvento></infEvento></evento>" + RET + "</procEventoNFe>"))
                .get(0);

        assertThat(event.isCancellation()).isTrue();
        assertThat(event.detail()).isEqualTo(new EventDetail.Cancellation("135230000000001",
                "Erro no valor do desconto"));
        assertThat(event.isRegistered()).isTrue();
        assertThat(event.retEvento()).hasValueSatisfying(r -> assertThat(r.nProt()).contains("135230000000009"));
    }

    @Test
    void readEvento_manifestacaoOperacaoNaoRealizada_keepsTheJustification() throws XMLStreamException {
        Event event = EventReader.readEvento(XmlSnippet.at("<evento versao=\"1.00\"><infEvento Id=\"ID210240" + CHAVE
                + "01\">" + INF_EVENTO.replace("110110", "210240") + "<detEvento versao=\"1.00\">"
                + "<descEvento>Operacao nao Realizada</descEvento><xJust>Mercadoria devolvida</xJust></detEvento>"
                + "</infEvento></evento>"));

        assertThat(event.detail()).isEqualTo(new EventDetail.Manifestation(Optional.of("Mercadoria devolvida")));
    }

    @Test
    void readEvento_otherType_isUntypedButKeepsTheXml() throws XMLStreamException {
        Event event = EventReader.readEvento(XmlSnippet.at("<evento versao=\"1.00\"><infEvento Id=\"ID110140" + CHAVE
                + "01\">" + INF_EVENTO.replace("110110", "110140") + "<detEvento versao=\"1.00\">"
                + "<descEvento>EPEC</descEvento><dest><UF>SP</UF></dest></detEvento></infEvento></evento>"));

        assertThat(event.detail()).isInstanceOf(EventDetail.Other.class);
        assertThat(event.detEventoXml()).contains("<detEvento xmlns=\"" + NfeXmlParser.NFE_NAMESPACE + "\""
                + " versao=\"1.00\"><descEvento>EPEC</descEvento><dest><UF>SP</UF></dest></detEvento>");
    }

    @Test
    void readEvento_withoutChNFe_rejectsTheDocument() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<evento versao=\"1.00\"><infEvento Id=\"ID1\">"
                + INF_EVENTO.replace("<chNFe>" + CHAVE + "</chNFe>", "") + "</infEvento></evento>");

        assertThatThrownBy(() -> EventReader.readEvento(c))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessageContaining("chNFe");
    }

    @Test
    void readRetEventoAlone_withoutChNFe_usesTheFallbackChaveAndBuildsTheId() throws XMLStreamException {
        AccessKey fallback = new AccessKey(CHAVE);

        Event event = EventReader.readRetEventoAlone(XmlSnippet.at(RET.replace("<chNFe>" + CHAVE + "</chNFe>", "")),
                Optional.of(fallback));

        assertThat(event.chave()).isEqualTo(fallback);
        assertThat(event.id()).isEqualTo("ID110111" + CHAVE + "01");
        assertThat(event.dhEvento()).isEmpty();
        assertThat(event.detEventoXml()).isEmpty();
        assertThat(event.isRegistered()).isTrue();
    }

    @Test
    void readResNFe_readsTheSummary() throws XMLStreamException {
        NfeSummary summary = SummaryReader.readResNFe(XmlSnippet.at("<resNFe versao=\"1.01\"><chNFe>" + CHAVE
                + "</chNFe><CNPJ>21684155000164</CNPJ><xNome>Emitente</xNome><IE>123</IE>"
                + "<dhEmi>2023-01-10T10:15:00-03:00</dhEmi><tpNF>1</tpNF><vNF>380.00</vNF><digVal>abc=</digVal>"
                + "<dhRecbto>2023-01-10T10:16:00-03:00</dhRecbto><nProt>135230000000001</nProt>"
                + "<cSitNFe>1</cSitNFe></resNFe>"));

        assertThat(summary.chave().value()).isEqualTo(CHAVE);
        assertThat(summary.vNF()).isEqualTo(new BigDecimal("380.00"));
        assertThat(summary.isAuthorized()).isTrue();
    }

    @Test
    void readResEvento_readsTheSummary() throws XMLStreamException {
        EventSummary summary = SummaryReader.readResEvento(XmlSnippet.at("<resEvento versao=\"1.01\"><cOrgao>35</cOrgao>"
                + "<CNPJ>21684155000164</CNPJ><chNFe>" + CHAVE + "</chNFe><dhEvento>2023-01-11T09:00:00-03:00</dhEvento>"
                + "<tpEvento>110111</tpEvento><nSeqEvento>1</nSeqEvento><xEvento>Cancelamento</xEvento>"
                + "<dhRecbto>2023-01-11T09:00:05-03:00</dhRecbto><nProt>135230000000009</nProt></resEvento>"));

        assertThat(summary.tpEvento()).isEqualTo("110111");
        assertThat(summary.nSeqEvento()).isEqualTo(1);
        assertThat(summary.nProt()).isEqualTo("135230000000009");
    }
}
