package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Ide;
import dev.nfe.core.model.NFref;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class IdeReaderTest {

    @Test
    void readIde_layout400_readsCountersCodesAndOffsetDates() throws XMLStreamException {
        Ide ide = IdeReader.readIde(XmlSnippet.at("<ide>" + NfeXml.IDE
                + "<dhSaiEnt>2023-01-10T11:00:00-02:00</dhSaiEnt><cMunFGIBS>3550308</cMunFGIBS><cIndOp>1</cIndOp></ide>"));

        assertThat(ide.mod()).isEqualTo(55);
        assertThat(ide.serie()).isEqualTo(1);
        assertThat(ide.nNF()).isEqualTo(2289L);
        assertThat(ide.cNF()).isEqualTo("07522996");
        assertThat(ide.dhEmi()).contains(OffsetDateTime.of(2023, 1, 10, 10, 15, 0, 0, ZoneOffset.ofHours(-3)));
        assertThat(ide.dhSaiEnt()).hasValueSatisfying(d -> assertThat(d.getOffset()).isEqualTo(ZoneOffset.ofHours(-2)));
        assertThat(ide.cMunFGIBS()).contains("3550308");
        assertThat(ide.cIndOp()).contains("1");
        assertThat(ide.indPag()).isEmpty();
    }

    @Test
    void readIde_layout200_keepsDateOnlyEmissionAndTime() throws XMLStreamException {
        Ide ide = IdeReader.readIde(XmlSnippet.at("<ide><cUF>35</cUF><cNF>00300000</cNF><natOp>VENDA</natOp>"
                + "<indPag>0</indPag><mod>55</mod><serie>1</serie><nNF>1</nNF><dEmi>2010-11-02</dEmi>"
                + "<dSaiEnt>2010-11-03</dSaiEnt><hSaiEnt>08:30:00</hSaiEnt><tpNF>1</tpNF><cMunFG>3550308</cMunFG>"
                + "<tpImp>1</tpImp><tpEmis>1</tpEmis><cDV>0</cDV><tpAmb>2</tpAmb><finNFe>1</finNFe>"
                + "<procEmi>3</procEmi><verProc>2.0.3</verProc></ide>"));

        assertThat(ide.dhEmi()).isEmpty();
        assertThat(ide.dEmi()).contains(LocalDate.of(2010, 11, 2));
        assertThat(ide.hSaiEnt()).contains(LocalTime.of(8, 30));
        assertThat(ide.indPag()).contains("0");
        assertThat(ide.idDest()).isEmpty();
    }

    @Test
    void readIde_dhEmiWithoutOffset_isEmptyWithDateWithoutOffsetError() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<ide>" + NfeXml.IDE.replace("10:15:00-03:00", "10:15:00") + "</ide>");

        Ide ide = IdeReader.readIde(c);

        assertThat(ide.dhEmi()).isEmpty();
        assertThat(c.findings()).singleElement().satisfies(f -> {
            assertThat(f).extracting(Finding::code, Finding::path)
                    .containsExactly("DATE_WITHOUT_OFFSET", "/ide/dhEmi");
            assertThat(f.isError()).isTrue();
            assertThat(f.message()).contains("2023-01-10T10:15:00");
        });
    }

    @Test
    void readIde_nNFNotANumber_isNumberInvalidError() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<ide>" + NfeXml.IDE.replace("<nNF>2289</nNF>", "<nNF>12a</nNF>") + "</ide>");

        IdeReader.readIde(c);

        assertThat(c.findings()).extracting(Finding::code, Finding::path)
                .containsExactly(tuple("NUMBER_INVALID", "/ide/nNF"));
    }

    @Test
    void readIde_missingNatOp_isRequiredMissingError() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<ide>" + NfeXml.IDE.replace("<natOp>Venda</natOp>", "") + "</ide>");

        Ide ide = IdeReader.readIde(c);

        assertThat(ide.natOp()).isEmpty();
        assertThat(c.findings()).extracting(Finding::code).containsExactly("REQUIRED_MISSING");
        assertThat(c.findings().get(0).path()).isEqualTo("/ide/natOp");
    }

    @Test
    void readNFref_eachChoice_fillsOnlyItsComponent() throws XMLStreamException {
        Ide ide = IdeReader.readIde(XmlSnippet.at("<ide>" + NfeXml.IDE
                + "<NFref><refNFe>35230121684155000164550010000022891075229964</refNFe></NFref>"
                + "<NFref><refNF><cUF>35</cUF><AAMM>0901</AAMM><CNPJ>21684155000164</CNPJ><mod>01</mod>"
                + "<serie>0</serie><nNF>123</nNF></refNF></NFref>"
                + "<NFref><refNFP><cUF>35</cUF><AAMM>0901</AAMM><CPF>52998224725</CPF><IE>ISENTO</IE><mod>04</mod>"
                + "<serie>0</serie><nNF>9</nNF></refNFP></NFref>"
                + "<NFref><refCTe>35230121684155000164570010000022891075229964</refCTe></NFref>"
                + "<NFref><refECF><mod>2D</mod><nECF>001</nECF><nCOO>000123</nCOO></refECF></NFref></ide>"));

        assertThat(ide.nFref()).hasSize(5);
        assertThat(ide.nFref().get(0).refNFe()).contains("35230121684155000164550010000022891075229964");
        assertThat(ide.nFref().get(1).refNF()).hasValueSatisfying(r -> {
            assertThat(r.mod()).isEqualTo("01");
            assertThat(r.aamm()).isEqualTo("0901");
        });
        assertThat(ide.nFref().get(2).refNFP()).hasValueSatisfying(r -> assertThat(r.cpf()).contains("52998224725"));
        assertThat(ide.nFref().get(3).refCTe()).isPresent();
        assertThat(ide.nFref().get(4).refECF()).hasValueSatisfying(r -> assertThat(r.nCOO()).isEqualTo("000123"));
        NFref first = ide.nFref().get(0);
        assertThat(first.refNF()).isEmpty();
    }

    @Test
    void readIde_reformaGroups_readsCompraGovAndPagAntecipado() throws XMLStreamException {
        Ide ide = IdeReader.readIde(XmlSnippet.at("<ide>" + NfeXml.IDE + "<tpNFDebito>01</tpNFDebito>"
                + "<gCompraGov><tpEnteGov>1</tpEnteGov><pRedutor>10.5000</pRedutor><tpOperGov>1</tpOperGov></gCompraGov>"
                + "<gPagAntecipado><refNFe>35230121684155000164550010000022891075229964</refNFe>"
                + "<refNFe>35230121684155000164550010000022901075229960</refNFe></gPagAntecipado></ide>"));

        assertThat(ide.tpNFDebito()).contains("01");
        assertThat(ide.gCompraGov()).hasValueSatisfying(g -> assertThat(g.pRedutor()).isEqualTo(new BigDecimal("10.5000")));
        assertThat(ide.gPagAntecipado()).hasValueSatisfying(g -> assertThat(g.refNFe()).hasSize(2));
    }
}
