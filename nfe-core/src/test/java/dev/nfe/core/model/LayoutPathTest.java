package dev.nfe.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutPathTest {

    @Test
    void inNfeProc_documentPath_isPlacedInsideTheEnvelope() {
        assertThat(LayoutPath.inNfeProc(LayoutPath.DET)).isEqualTo("/nfeProc/NFe/infNFe/det");
    }

    @Test
    void item_number_selectsThatDet() {
        assertThat(LayoutPath.item(3)).isEqualTo("/NFe/infNFe/det[@nItem='3']");
    }

    @Test
    void constants_nestInTheLayoutsTagOrder() {
        assertThat(LayoutPath.ICMS_TOT).isEqualTo("/NFe/infNFe/total/ICMSTot");
        assertThat(LayoutPath.INF_PROT).isEqualTo("/nfeProc/protNFe/infProt");
        assertThat(LayoutPath.INF_NFE_ID).isEqualTo("/NFe/infNFe/@Id");
    }
}
