package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.Total;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class TotalReaderTest {

    @Test
    void readICMSTot_layout400_readsEveryAmount() throws XMLStreamException {
        ICMSTot tot = TotalReader.readICMSTot(XmlSnippet.at(NfeXml.TOTAL.replace("<vNF>10.00</vNF>",
                "<vNF>10.00</vNF><vTotTrib>3.21</vTotTrib>")));

        assertThat(tot.vNF()).isEqualTo(new BigDecimal("10.00"));
        assertThat(tot.vProd()).isEqualTo(new BigDecimal("10.00"));
        assertThat(tot.vFCPSTRet()).contains(new BigDecimal("0.00"));
        assertThat(tot.vTotTrib()).contains(new BigDecimal("3.21"));
        assertThat(tot.qBCMono()).isEmpty();
    }

    @Test
    void readICMSTot_layout200_leavesNewerAmountsEmpty() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<ICMSTot><vBC>1.00</vBC><vICMS>0.18</vICMS><vBCST>0</vBCST><vST>0</vST>"
                + "<vProd>1.00</vProd><vFrete>0</vFrete><vSeg>0</vSeg><vDesc>0</vDesc><vII>0</vII><vIPI>0</vIPI>"
                + "<vPIS>0</vPIS><vCOFINS>0</vCOFINS><vOutro>0</vOutro><vNF>1.00</vNF></ICMSTot>");

        ICMSTot tot = TotalReader.readICMSTot(c);

        assertThat(tot.vICMSDeson()).isEmpty();
        assertThat(tot.vFCP()).isEmpty();
        assertThat(tot.vIPIDevol()).isEmpty();
        assertThat(c.findings()).isEmpty();
    }

    @Test
    void readTotal_withServiceWithholdingAndReformGroups_readsThem() throws XMLStreamException {
        Total total = TotalReader.readTotal(XmlSnippet.at("<total>" + NfeXml.TOTAL
                + "<ISSQNtot><vServ>50.00</vServ><dCompet>2024-01-31</dCompet><cRegTrib>6</cRegTrib></ISSQNtot>"
                + "<retTrib><vRetPIS>0.33</vRetPIS><vIRRF>0.75</vIRRF></retTrib><ISTot><vIS>0.10</vIS></ISTot>"
                + "<IBSCBSTot><vBCIBSCBS>100.00</vBCIBSCBS><gCBS><vDif>0</vDif><vDevTrib>0</vDevTrib><vCBS>0.90</vCBS>"
                + "<vCredPres>0</vCredPres><vCredPresCondSus>0</vCredPresCondSus></gCBS></IBSCBSTot>"
                + "<vNFTot>10.10</vNFTot></total>"));

        assertThat(total.issqNtot()).hasValueSatisfying(s -> assertThat(s.dCompet()).contains(LocalDate.of(2024, 1, 31)));
        assertThat(total.retTrib()).hasValueSatisfying(r -> assertThat(r.vIRRF()).contains(new BigDecimal("0.75")));
        assertThat(total.isTot()).hasValueSatisfying(s -> assertThat(s.vIS()).isEqualTo(new BigDecimal("0.10")));
        assertThat(total.ibscbsTot()).hasValueSatisfying(t -> {
            assertThat(t.gIBS()).isEmpty();
            assertThat(t.gCBS()).hasValueSatisfying(g -> assertThat(g.vCBS()).isEqualTo(new BigDecimal("0.90")));
        });
        assertThat(total.vNFTot()).contains(new BigDecimal("10.10"));
    }
}
