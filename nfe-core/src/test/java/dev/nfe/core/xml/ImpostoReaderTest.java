package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.IPI;
import dev.nfe.core.model.Imposto;
import java.math.BigDecimal;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** The tax groups of an item besides ICMS (ImpostoReader, IBSCBSReader). */
class ImpostoReaderTest {

    @Test
    void readIPI_taxed_readsTheChoiceAsGroup() throws XMLStreamException {
        IPI ipi = ImpostoReader.readIPI(XmlSnippet.at("<IPI><cEnq>999</cEnq><IPITrib><CST>50</CST><vBC>100.00</vBC>"
                + "<pIPI>5.0000</pIPI><vIPI>5.00</vIPI></IPITrib></IPI>"));

        assertThat(ipi.group()).isEqualTo("IPITrib");
        assertThat(ipi.cst()).isEqualTo("50");
        assertThat(ipi.pIPI()).contains(new BigDecimal("5.0000"));
        assertThat(ipi.vIPI()).contains(new BigDecimal("5.00"));
    }

    @Test
    void readIPI_notTaxed_hasNoAmounts() throws XMLStreamException {
        IPI ipi = ImpostoReader.readIPI(XmlSnippet.at("<IPI><cEnq>999</cEnq><IPINT><CST>53</CST></IPINT></IPI>"));

        assertThat(ipi.group()).isEqualTo("IPINT");
        assertThat(ipi.vIPI()).isEmpty();
    }

    @Test
    void readImposto_everyGroup_readsPisCofinsIiIssqnAndIs() throws XMLStreamException {
        Imposto imposto = ImpostoReader.readImposto(XmlSnippet.at("<imposto><vTotTrib>12.34</vTotTrib>"
                + "<II><vBC>100.00</vBC><vDespAdu>1.00</vDespAdu><vII>10.00</vII><vIOF>0.00</vIOF></II>"
                + "<ISSQN><vBC>50.00</vBC><vAliq>5.0000</vAliq><vISSQN>2.50</vISSQN><cMunFG>3550308</cMunFG>"
                + "<cListServ>01.01</cListServ><indISS>1</indISS><indIncentivo>2</indIncentivo></ISSQN>"
                + "<PIS><PISOutr><CST>99</CST><qBCProd>10.0000</qBCProd><vAliqProd>0.5000</vAliqProd>"
                + "<vPIS>5.00</vPIS></PISOutr></PIS><PISST><vBC>10.00</vBC><pPIS>1.6500</pPIS><vPIS>0.17</vPIS></PISST>"
                + "<COFINS><COFINSAliq><CST>01</CST><vBC>100.00</vBC><pCOFINS>7.6000</pCOFINS><vCOFINS>7.60</vCOFINS>"
                + "</COFINSAliq></COFINS><IS><CSTIS>000</CSTIS><cClassTribIS>000001</cClassTribIS><vBCIS>10.00</vBCIS>"
                + "<pIS>1.0000</pIS><vIS>0.10</vIS></IS></imposto>"));

        assertThat(imposto.vTotTrib()).contains(new BigDecimal("12.34"));
        assertThat(imposto.ii()).hasValueSatisfying(ii -> assertThat(ii.vII()).isEqualTo(new BigDecimal("10.00")));
        assertThat(imposto.issqn()).hasValueSatisfying(s -> assertThat(s.cListServ()).isEqualTo("01.01"));
        assertThat(imposto.pis()).hasValueSatisfying(p -> {
            assertThat(p.group()).isEqualTo("PISOutr");
            assertThat(p.qBCProd()).contains(new BigDecimal("10.0000"));
            assertThat(p.vBC()).isEmpty();
        });
        assertThat(imposto.pisst()).hasValueSatisfying(p -> assertThat(p.vPIS()).isEqualTo(new BigDecimal("0.17")));
        assertThat(imposto.cofins()).hasValueSatisfying(p -> assertThat(p.group()).isEqualTo("COFINSAliq"));
        assertThat(imposto.is()).hasValueSatisfying(is -> assertThat(is.vIS()).contains(new BigDecimal("0.10")));
        assertThat(imposto.icms()).isEmpty();
    }

    @Test
    void readIBSCBS_monofasia_readsTheSinglePhaseGroups() throws XMLStreamException {
        IBSCBS ibscbs = IBSCBSReader.readIBSCBS(XmlSnippet.at("<IBSCBS><CST>620</CST><cClassTrib>620001</cClassTrib>"
                + "<gIBSCBSMono><gMonoPadrao><qBCMono>100.0000</qBCMono><adRemIBS>0.1000</adRemIBS>"
                + "<adRemCBS>0.2000</adRemCBS><vIBSMono>10.00</vIBSMono><vCBSMono>20.00</vCBSMono></gMonoPadrao>"
                + "<vTotIBSMonoItem>10.00</vTotIBSMonoItem><vTotCBSMonoItem>20.00</vTotCBSMonoItem></gIBSCBSMono>"
                + "</IBSCBS>"));

        assertThat(ibscbs.cst()).isEqualTo("620");
        assertThat(ibscbs.gIBSCBS()).isEmpty();
        assertThat(ibscbs.gIBSCBSMono()).hasValueSatisfying(m -> {
            assertThat(m.gMonoPadrao()).hasValueSatisfying(p -> assertThat(p.vCBSMono()).isEqualTo(new BigDecimal("20.00")));
            assertThat(m.gMonoRet()).isEmpty();
            assertThat(m.vTotIBSMonoItem()).isEqualTo(new BigDecimal("10.00"));
        });
    }

    @Test
    void readIBSCBS_presumedCreditAndTransfer_readTheirGroups() throws XMLStreamException {
        IBSCBS ibscbs = IBSCBSReader.readIBSCBS(XmlSnippet.at("<IBSCBS><CST>000</CST><cClassTrib>000001</cClassTrib>"
                + "<gTransfCred><vIBS>1.00</vIBS><vCBS>2.00</vCBS></gTransfCred>"
                + "<gCredPresOper><vBCCredPres>100.00</vBCCredPres><cCredPres>01</cCredPres>"
                + "<gIBSCredPres><pCredPres>1.0000</pCredPres><vCredPresCondSus>1.00</vCredPresCondSus></gIBSCredPres>"
                + "</gCredPresOper></IBSCBS>"));

        assertThat(ibscbs.gTransfCred()).hasValueSatisfying(t -> assertThat(t.vCBS()).isEqualTo(new BigDecimal("2.00")));
        assertThat(ibscbs.gCredPresOper()).hasValueSatisfying(g -> {
            assertThat(g.gIBSCredPres()).hasValueSatisfying(p -> {
                assertThat(p.vCredPres()).isEmpty();
                assertThat(p.vCredPresCondSus()).contains(new BigDecimal("1.00"));
            });
            assertThat(g.gCBSCredPres()).isEmpty();
        });
    }
}
