package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.nfe.core.model.Prod;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class ProdReaderTest {
    private static final String BASE = "<cProd>0042</cProd><cEAN>07891234567895</cEAN><xProd>Item</xProd>"
            + "<NCM>27101259</NCM><CFOP>5656</CFOP><uCom>L</uCom><qCom>100.5000</qCom>"
            + "<vUnCom>5.1230000000</vUnCom><vProd>514.86</vProd><cEANTrib>SEM GTIN</cEANTrib><uTrib>L</uTrib>"
            + "<qTrib>100.5000</qTrib><vUnTrib>5.1230000000</vUnTrib><indTot>1</indTot>";

    @Test
    void readProd_keepsCodesAndTheDocumentScale() throws XMLStreamException {
        Prod prod = ProdReader.readProd(XmlSnippet.at("<prod>" + BASE + "<vDesc>0.10</vDesc></prod>"));

        assertThat(prod.cProd()).isEqualTo("0042");
        assertThat(prod.cEAN()).isEqualTo("07891234567895");
        assertThat(prod.qCom()).isEqualTo(new BigDecimal("100.5000"));
        assertThat(prod.qCom().scale()).isEqualTo(4);
        assertThat(prod.vUnCom().scale()).isEqualTo(10);
        assertThat(prod.vDesc()).contains(new BigDecimal("0.10"));
        assertThat(prod.vFrete()).isEmpty();
        assertThat(prod.ncm()).isEqualTo("27101259");
        assertThat(prod.cfop()).isEqualTo("5656");
    }

    @Test
    void readProd_fuel_readsCombWithCideEncerranteAndOrigins() throws XMLStreamException {
        Prod prod = ProdReader.readProd(XmlSnippet.at("<prod>" + BASE + "<comb><cProdANP>320102001</cProdANP>"
                + "<descANP>GASOLINA C COMUM</descANP><UFCons>SP</UFCons><CIDE><qBCProd>100.5000</qBCProd>"
                + "<vAliqProd>0.1000</vAliqProd><vCIDE>10.05</vCIDE></CIDE><encerrante><nBico>1</nBico>"
                + "<nTanque>2</nTanque><vEncIni>1000.000</vEncIni><vEncFin>1100.500</vEncFin></encerrante>"
                + "<pBio>12.0000</pBio><origComb><indImport>0</indImport><cUFOrig>35</cUFOrig><pOrig>100.0000</pOrig>"
                + "</origComb></comb></prod>"));

        assertThat(prod.comb()).hasValueSatisfying(comb -> {
            assertThat(comb.cProdANP()).isEqualTo("320102001");
            assertThat(comb.cide()).hasValueSatisfying(cide -> assertThat(cide.vCIDE()).isEqualTo(new BigDecimal("10.05")));
            assertThat(comb.encerrante()).hasValueSatisfying(e -> assertThat(e.nBomba()).isEmpty());
            assertThat(comb.origComb()).singleElement().extracting(o -> o.cUFOrig()).isEqualTo("35");
            assertThat(comb.pBio()).contains(new BigDecimal("12.0000"));
        });
    }

    @Test
    void readProd_import_readsDeclarationsWithAdditions() throws XMLStreamException {
        Prod prod = ProdReader.readProd(XmlSnippet.at("<prod>" + BASE + "<NVE>AA0001</NVE><NVE>AB0002</NVE>"
                + "<DI><nDI>2101234567</nDI><dDI>2021-07-01</dDI><xLocDesemb>Itajai</xLocDesemb><UFDesemb>SC</UFDesemb>"
                + "<dDesemb>2021-07-02</dDesemb><tpViaTransp>1</tpViaTransp><vAFRMM>12.50</vAFRMM>"
                + "<tpIntermedio>1</tpIntermedio><cExportador>EXP1</cExportador><adi><nAdicao>1</nAdicao>"
                + "<nSeqAdic>1</nSeqAdic><cFabricante>FAB</cFabricante></adi><adi><nAdicao>1</nAdicao>"
                + "<nSeqAdic>2</nSeqAdic><cFabricante>FAB</cFabricante></adi></DI>"
                + "<rastro><nLote>L1</nLote><qLote>10.000</qLote><dFab>2021-01-01</dFab><dVal>2022-01-01</dVal></rastro>"
                + "</prod>"));

        assertThat(prod.nve()).containsExactly("AA0001", "AB0002");
        assertThat(prod.di()).singleElement().satisfies(di -> {
            assertThat(di.dDI()).isEqualTo(LocalDate.of(2021, 7, 1));
            assertThat(di.adi()).extracting(a -> a.nSeqAdic().orElseThrow()).containsExactly("1", "2");
            assertThat(di.vAFRMM()).contains(new BigDecimal("12.50"));
        });
        assertThat(prod.rastro()).singleElement().satisfies(r -> assertThat(r.dVal()).isEqualTo(LocalDate.of(2022, 1, 1)));
    }

    @Test
    void readProd_medicineAndVehicle_readSpecificGroups() throws XMLStreamException {
        Prod med = ProdReader.readProd(XmlSnippet.at("<prod>" + BASE
                + "<med><cProdANVISA>1234567890123</cProdANVISA><vPMC>19.90</vPMC></med></prod>"));

        assertThat(med.med()).hasValueSatisfying(m -> {
            assertThat(m.cProdANVISA()).contains("1234567890123");
            assertThat(m.vPMC()).contains(new BigDecimal("19.90"));
        });
        assertThat(med.veicProd()).isEmpty();
        assertThat(med.arma()).isEmpty();
    }

    @Test
    void readProd_invalidQuantity_isNumberInvalidWithPath() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<prod>" + BASE.replace("<qCom>100.5000</qCom>", "<qCom>1,5</qCom>") + "</prod>");

        Prod prod = ProdReader.readProd(c);

        assertThat(prod.qCom()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(c.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("NUMBER_INVALID");
            assertThat(f.path()).isEqualTo("/prod/qCom");
            assertThat(f.message()).contains("1,5");
        });
    }
}
