package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Cobr;
import dev.nfe.core.model.InfAdic;
import dev.nfe.core.model.Pag;
import dev.nfe.core.model.Transp;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.time.LocalDate;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** Transport, billing, payment and additional information (TranspReader, CobrReader, PagReader, InfAdicReader). */
class TranspPagReaderTest {

    @Test
    void readTransp_withCarrierVehiclesAndVolumes_readsThem() throws XMLStreamException {
        Transp transp = TranspReader.readTransp(XmlSnippet.at("<transp><modFrete>0</modFrete><transporta>"
                + "<CNPJ>21684155000164</CNPJ><xNome>Transportes</xNome><UF>SP</UF></transporta>"
                + "<veicTransp><placa>ABC1D23</placa><UF>SP</UF></veicTransp><reboque><placa>XYZ9A87</placa></reboque>"
                + "<reboque><placa>XYZ9A88</placa></reboque><vol><qVol>3</qVol><esp>CAIXA</esp><pesoL>25.000</pesoL>"
                + "<pesoB>26.500</pesoB><lacres><nLacre>L1</nLacre></lacres><lacres><nLacre>L2</nLacre></lacres>"
                + "</vol></transp>"));

        assertThat(transp.modFrete()).isEqualTo("0");
        assertThat(transp.transporta()).hasValueSatisfying(t -> assertThat(t.cnpj()).contains("21684155000164"));
        assertThat(transp.veicTransp()).hasValueSatisfying(v -> assertThat(v.placa()).isEqualTo("ABC1D23"));
        assertThat(transp.reboque()).extracting(r -> r.placa()).containsExactly("XYZ9A87", "XYZ9A88");
        assertThat(transp.vol()).singleElement().satisfies(v -> {
            assertThat(v.pesoB()).contains(new BigDecimal("26.500"));
            assertThat(v.lacres()).containsExactly("L1", "L2");
        });
    }

    @Test
    void readCobr_readsInvoiceAndInstalments() throws XMLStreamException {
        Cobr cobr = CobrReader.readCobr(XmlSnippet.at("<cobr><fat><nFat>001</nFat><vOrig>100.00</vOrig>"
                + "<vDesc>0.00</vDesc><vLiq>100.00</vLiq></fat><dup><nDup>001</nDup><dVenc>2024-02-10</dVenc>"
                + "<vDup>50.00</vDup></dup><dup><nDup>002</nDup><dVenc>2024-03-10</dVenc><vDup>50.00</vDup></dup></cobr>"));

        assertThat(cobr.fat()).hasValueSatisfying(f -> assertThat(f.vLiq()).contains(new BigDecimal("100.00")));
        assertThat(cobr.dup()).extracting(d -> d.dVenc().orElseThrow())
                .containsExactly(LocalDate.of(2024, 2, 10), LocalDate.of(2024, 3, 10));
    }

    @Test
    void readPag_layout400_readsDetPagWithCardAndChange() throws XMLStreamException {
        Pag pag = PagReader.readPag(XmlSnippet.at("<pag><detPag><indPag>0</indPag><tPag>03</tPag><vPag>110.00</vPag>"
                + "<card><tpIntegra>1</tpIntegra><CNPJ>01027058000191</CNPJ><tBand>01</tBand><cAut>A1B2</cAut></card>"
                + "</detPag><vTroco>10.00</vTroco></pag>"));

        assertThat(pag.detPag()).singleElement().satisfies(p -> {
            assertThat(p.tPag()).isEqualTo("03");
            assertThat(p.card()).hasValueSatisfying(c -> assertThat(c.tpIntegra()).contains("1"));
        });
        assertThat(pag.vTroco()).contains(new BigDecimal("10.00"));
    }

    @Test
    void readPag_layout310_mergesEachPagIntoOneDetPag() throws XMLStreamException {
        Pag first = PagReader.readPag(XmlSnippet.at("<pag><tPag>01</tPag><vPag>5.00</vPag></pag>"));
        Pag second = PagReader.readPag(XmlSnippet.at("<pag><tPag>03</tPag><vPag>7.00</vPag>"
                + "<card><CNPJ>01027058000191</CNPJ><tBand>02</tBand></card></pag>"));

        Pag pag = PagReader.merge(first, second);

        assertThat(pag.detPag()).extracting(p -> p.tPag()).containsExactly("01", "03");
        assertThat(pag.detPag().get(1).card()).hasValueSatisfying(c -> assertThat(c.tpIntegra()).isEmpty());
    }

    @Test
    void readInfAdic_readsObservationsAndProcesses() throws XMLStreamException {
        InfAdic infAdic = InfAdicReader.readInfAdic(XmlSnippet.at("<infAdic><infCpl>Obrigado</infCpl>"
                + "<obsCont xCampo=\"Pedido\"><xTexto>123</xTexto></obsCont><procRef><nProc>9</nProc>"
                + "<indProc>0</indProc></procRef></infAdic>"));

        assertThat(infAdic.infCpl()).contains("Obrigado");
        assertThat(infAdic.obsCont()).singleElement().satisfies(o -> {
            assertThat(o.xCampo()).isEqualTo("Pedido");
            assertThat(o.xTexto()).isEqualTo("123");
        });
        assertThat(infAdic.procRef()).singleElement().satisfies(p -> assertThat(p.tpAto()).isEmpty());
    }

    @Test
    void readObs_xCampoAsElement_isKeptWithWarning() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<obsCont><xCampo>email</xCampo><xTexto>a@b.c</xTexto></obsCont>");

        assertThat(InfAdicReader.readObs(c).xCampo()).isEqualTo("email");
        assertThat(c.findings()).extracting(Finding::code, Finding::isError)
                .containsExactly(tuple("LAYOUT_DEVIATION", false));
    }
}
