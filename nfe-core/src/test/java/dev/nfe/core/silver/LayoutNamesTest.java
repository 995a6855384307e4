package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // lower-case letter meets a capital
            "vNF, v_nf",
            "dhEmi, dh_emi",
            "xNome, x_nome",
            "cProd, c_prod",
            "dhSaiEnt, dh_sai_ent",
            "vUnCom, v_un_com",
            "nItemPed, n_item_ped",
            // a lone all-caps tag is one word
            "CNPJ, cnpj",
            "NCM, ncm",
            "CFOP, cfop",
            "EXTIPI, extipi",
            "UF, uf",
            // an all-caps run followed by lower case: split before its last capital
            "ICMSTot, icms_tot",
            "indIEDest, ind_ie_dest",
            "cEANTrib, c_ean_trib",
            "CNPJFab, cnpj_fab",
            "UFSaidaPais, uf_saida_pais",
            "cProdANVISA, c_prod_anvisa",
            "cCorDENATRAN, c_cor_denatran",
            "vICMSOp, v_icms_op",
            "pBCOp, p_bc_op",
            "pICMSInterPart, p_icms_inter_part",
            // all-caps runs stay one word: no dictionary of acronyms
            "vICMSUFDest, v_icmsuf_dest",
            "pICMSST, p_icmsst",
            "vBCSTRet, v_bcst_ret",
            "pMVAST, p_mvast",
            "vBCIBSCBS, v_bcibscbs",
            "gIBSUF, g_ibsuf",
            "IBSCBSTot, ibscbs_tot",
            "cMunFGIBS, c_mun_fgibs",
            "vCredICMSSN, v_cred_icmssn",
            // the rule reads a trailing lower-case letter as the start of a word
            "finNFe, fin_n_fe",
            "chNFe, ch_n_fe",
            "infNFeSupl, inf_n_fe_supl",
            "refCTe, ref_c_te",
            "NFref, n_fref",
            "ISSQNtot, issq_ntot",
            "pGNn, p_g_nn",
            // digits end a word before a capital, but a capital before a digit does not split
            "ICMS00, icms00",
            "ICMSSN101, icmssn101",
            "X509Certificate, x509_certificate",
            "versao, versao"
    })
    void snake_layoutTag_followsTheRule(String tag, String expected) {
        assertThat(LayoutNames.snake(tag)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "ide, nNF, ide_n_nf",
            "ide, dhEmi, ide_dh_emi",
            "emit, CNPJ, emit_cnpj",
            "dest, xNome, dest_x_nome",
            "ICMSTot, vNF, icms_tot_v_nf",
            "prod, cProd, prod_c_prod",
            "transporta, xNome, transporta_x_nome",
            "IBSCBSTot/gIBS/gIBSUF, vDif, ibscbs_tot_g_ibs_g_ibsuf_v_dif",
            "prod/comb, cProdANP, prod_comb_c_prod_anp"
    })
    void column_groupAndTag_joinsTheSnakeParts(String group, String tag, String expected) {
        assertThat(LayoutNames.column(group, tag)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "@versao", "v_nf", "1abc", "ICMS/vICMS"})
    void snake_notATagName_isRejected(String tag) {
        assertThatThrownBy(() -> LayoutNames.snake(tag))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot name tag '" + tag + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ide/", "/ide", "ide//emit"})
    void column_emptyGroupInChain_isRejected(String group) {
        assertThatThrownBy(() -> LayoutNames.column(group, "vNF"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Cannot name tag ''");
    }
}
