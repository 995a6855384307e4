package dev.nfe.core.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The variants the same-content test feeds the pipeline really are other spellings of the document. */
class ContentVariantTest {
    private static final byte[] ORIGINAL = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><NFe xmlns=\"http://www.portalfiscal"
            + ".inf.br/nfe\"><infNFe versao=\"4.00\"><xNome>Jo\u00e3o &amp; Cia</xNome><xCpl> </xCpl></infNFe>"
            + "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignatureValue>AA==</SignatureValue>"
            + "</Signature></NFe>").getBytes(StandardCharsets.UTF_8);

    private static String text(ContentVariant variant) {
        return new String(variant.of(ORIGINAL).orElseThrow(), StandardCharsets.UTF_8);
    }

    @Test
    void of_nfePrefix_prefixesOnlyTheNfeNamespace() {
        assertThat(text(ContentVariant.NFE_PREFIX)).contains("<nfe:NFe xmlns:nfe=\"http://www.portalfiscal.inf.br/nfe\">"
                + "<nfe:infNFe versao=\"4.00\"><nfe:xNome>Jo\u00e3o &amp; Cia</nfe:xNome><nfe:xCpl> </nfe:xCpl>"
                + "</nfe:infNFe><Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\">");
    }

    @Test
    void of_pretty_indentsElementsAndKeepsLeafValues() {
        assertThat(text(ContentVariant.PRETTY)).contains("\n  <infNFe versao=\"4.00\">\n    <xNome>Jo\u00e3o &amp; Cia"
                + "</xNome>\n    <xCpl> </xCpl>\n  </infNFe>\n");
    }

    @Test
    void of_encodingVariants_changeOnlyTheBytes() {
        byte[] latin1 = ContentVariant.ISO_8859_1.of(ORIGINAL).orElseThrow();
        assertThat(new String(latin1, StandardCharsets.ISO_8859_1)).startsWith("<?xml version=\"1.0\""
                + " encoding=\"ISO-8859-1\"?>").contains("Jo\u00e3o");
        assertThat(latin1).contains((byte) 0xE3).hasSize(new String(latin1, StandardCharsets.ISO_8859_1).length());
        assertThat(ContentVariant.UTF8_BOM.of(ORIGINAL).orElseThrow()).startsWith((byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF);
        assertThat(ContentVariant.GZIP.of(ORIGINAL).orElseThrow()).startsWith((byte) 0x1F, (byte) 0x8B);
        assertThat(text(ContentVariant.NO_DECLARATION)).startsWith("<NFe ");
        assertThat(text(ContentVariant.CRLF)).contains("?>\r\n<NFe");
        assertThat(text(ContentVariant.CRLF).replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void of_characterOutsideLatin1_isNotRepresentableInIso88591() {
        byte[] euro = "<NFe><x>\u20ac</x></NFe>".getBytes(StandardCharsets.UTF_8);

        assertThat(ContentVariant.ISO_8859_1.of(euro)).isEmpty();
    }
}
