package dev.nfe.core.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.nfe.core.model.Dest;
import dev.nfe.core.model.Emit;
import dev.nfe.core.model.Local;
import dev.nfe.core.spi.Finding;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

/** The issuer, recipient and place groups (EmitReader, DestReader, AddressFields). */
class PartyReaderTest {
    private static final String ENDER = "<xLgr>Rua A</xLgr><nro>1</nro><xBairro>Centro</xBairro><cMun>3550308</cMun>"
            + "<xMun>Sao Paulo</xMun><UF>SP</UF>";

    @Test
    void readEmit_withCpfAndAddress_readsThem() throws XMLStreamException {
        Emit emit = EmitReader.readEmit(XmlSnippet.at("<emit><CPF>52998224725</CPF><xNome>Produtor</xNome>"
                + "<enderEmit>" + ENDER + "<CEP>01001000</CEP><fone>1133334444</fone></enderEmit><IE>ISENTO</IE>"
                + "<IM>123</IM><CNAE>0111301</CNAE><CRT>1</CRT></emit>"));

        assertThat(emit.cpf()).contains("52998224725");
        assertThat(emit.cnpj()).isEmpty();
        assertThat(emit.enderEmit().uf()).isEqualTo("SP");
        assertThat(emit.enderEmit().cep()).contains("01001000");
        assertThat(emit.crt()).contains("1");
        assertThat(emit.cnae()).contains("0111301");
    }

    @Test
    void readEmit_withoutAddress_rejectsTheDocument() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<emit><CNPJ>21684155000164</CNPJ><xNome>X</xNome><IE>1</IE></emit>");

        assertThatThrownBy(() -> EmitReader.readEmit(c))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessageContaining("enderEmit");
    }

    @Test
    void readDest_foreignBuyer_readsIdEstrangeiro() throws XMLStreamException {
        Dest dest = DestReader.readDest(XmlSnippet.at("<dest><idEstrangeiro>AB123</idEstrangeiro><xNome>Buyer</xNome>"
                + "<enderDest>" + ENDER.replace("<UF>SP</UF>", "<UF>EX</UF>") + "<cPais>0132</cPais></enderDest>"
                + "<indIEDest>9</indIEDest><email>a@b.c</email></dest>"));

        assertThat(dest.idEstrangeiro()).contains("AB123");
        assertThat(dest.enderDest()).hasValueSatisfying(e -> assertThat(e.cPais()).contains("0132"));
        assertThat(dest.indIEDest()).contains("9");
        assertThat(dest.ie()).isEmpty();
    }

    @Test
    void readLocal_deliveryPlace_readsAllItsFields() throws XMLStreamException {
        Local local = DestReader.readLocal(XmlSnippet.at("<entrega><CNPJ>21684155000164</CNPJ><xNome>CD</xNome>"
                + ENDER + "<CEP>01001000</CEP><email>cd@x.com</email><IE>123</IE></entrega>"));

        assertThat(local.cnpj()).contains("21684155000164");
        assertThat(local.xLgr()).isEqualTo("Rua A");
        assertThat(local.email()).contains("cd@x.com");
        assertThat(local.ie()).contains("123");
    }

    @Test
    void readLocal_withoutStreetAndNumber_recordsEachMissingFieldOnThePlace() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<retirada><CPF>52998224725</CPF>"
                + ENDER.replace("<xLgr>Rua A</xLgr><nro>1</nro>", "") + "</retirada>");

        Local local = DestReader.readLocal(c);

        assertThat(local.xMun()).isEqualTo("Sao Paulo");
        assertThat(c.findings()).extracting(Finding::code, Finding::path).containsExactly(
                tuple("REQUIRED_MISSING", "/retirada/xLgr"), tuple("REQUIRED_MISSING", "/retirada/nro"));
    }

    @Test
    void readDest_addressWithoutUf_recordsTheMissingFieldOnTheAddress() throws XMLStreamException {
        XmlCursor c = XmlSnippet.at("<dest><CNPJ>21684155000164</CNPJ><enderDest>"
                + ENDER.replace("<UF>SP</UF>", "") + "</enderDest></dest>");

        Dest dest = DestReader.readDest(c);

        assertThat(dest.enderDest()).hasValueSatisfying(e -> assertThat(e.xLgr()).isEqualTo("Rua A"));
        assertThat(c.findings()).extracting(Finding::code, Finding::path)
                .containsExactly(tuple("REQUIRED_MISSING", "/dest/enderDest/UF"));
    }
}
