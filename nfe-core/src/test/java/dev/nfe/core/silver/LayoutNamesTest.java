package dev.nfe.core.silver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LayoutNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // lower-case letter or digit meets a capital
            "vNF, v_nf",
            "dhEmi, dh_emi",
            "xNome, x_nome",
            "cProd, c_prod",
            "dhSaiEnt, dh_sai_ent",
            "vUnCom, v_un_com",
            "nItemPed, n_item_ped",
            "qrCode, qr_code",
            "urlChave, url_chave",
            "versao, versao",
            // a lone all-caps tag is one word, pinned or not
            "CNPJ, cnpj",
            "CPF, cpf",
            "NCM, ncm",
            "CEST, cest",
            "CFOP, cfop",
            "UF, uf",
            "IE, ie",
            "IM, im",
            "EXTIPI, extipi",
            "RNTC, rntc",
            "NVE, nve",
            // the camel rule: the last capital of a run followed by lower case starts a word
            "ICMSTot, icms_tot",
            "ISTot, is_tot",
            "indIEDest, ind_ie_dest",
            "cEANTrib, c_ean_trib",
            "CNPJFab, cnpj_fab",
            "UFSaidaPais, uf_saida_pais",
            "cProdANVISA, c_prod_anvisa",
            "cCorDENATRAN, c_cor_denatran",
            "vICMSOp, v_icms_op",
            "pBCOp, p_bc_op",
            "pICMSInterPart, p_icms_inter_part",
            "xNEmp, x_n_emp",
            "CSTReg, cst_reg",
            // runs of acronyms split into the pinned acronyms
            "vICMSUFDest, v_icms_uf_dest",
            "vICMSUFRemet, v_icms_uf_remet",
            "vFCPUFDest, v_fcp_uf_dest",
            "vBCFCPUFDest, v_bc_fcp_uf_dest",
            "pICMSST, p_icms_st",
            "vICMSSTRet, v_icms_st_ret",
            "vICMSSTDeson, v_icms_st_deson",
            "vBCST, v_bc_st",
            "vBCSTRet, v_bc_st_ret",
            "vBCSTDest, v_bc_st_dest",
            "pFCPSTRet, p_fcp_st_ret",
            "modBCST, mod_bc_st",
            "pRedBCST, p_red_bc_st",
            "pMVAST, p_mva_st",
            "motDesICMSST, mot_des_icms_st",
            "indSomaCOFINSST, ind_soma_cofins_st",
            "indSomaPISST, ind_soma_pis_st",
            "PISST, pis_st",
            "COFINSST, cofins_st",
            "UFST, uf_st",
            "vCredICMSSN, v_cred_icms_sn",
            "vBCIRRF, v_bc_irrf",
            "vBCIBSCBS, v_bc_ibs_cbs",
            "gIBSUF, g_ibs_uf",
            "vIBSUF, v_ibs_uf",
            "gIBSCBS, g_ibs_cbs",
            "gIBSCBSMono, g_ibs_cbs_mono",
            "IBSCBSTot, ibs_cbs_tot",
            "vTotIBSMonoItem, v_tot_ibs_mono_item",
            "pAliqEfetRegCBS, p_aliq_efet_reg_cbs",
            "cMunFG, c_mun_fg",
            "cMunFGIBS, c_mun_fg_ibs",
            "CSTIS, cst_is",
            "vBCIS, v_bc_is",
            "cClassTribIS, c_class_trib_is",
            "gALCZFMCBS, g_alc_zfm_cbs",
            "tpALCZFMCBS, tp_alc_zfm_cbs",
            "tpCredPresIBSZFM, tp_cred_pres_ibs_zfm",
            "vIPIDevol, v_ipi_devol",
            "IPITrib, ipi_trib",
            "vNFTot, v_nf_tot",
            "tpNFDebito, tp_nf_debito",
            "vDescDI, v_desc_di",
            "cBenefRBC, c_benef_rbc",
            // longer acronyms are tried first: ISUF (SUFRAMA) and IEST are words of their own
            "ISUF, isuf",
            "ISUFEmit, isuf_emit",
            "IEST, iest",
            // the mixed-case words NFe, CTe, DFe and NFref
            "finNFe, fin_nfe",
            "chNFe, ch_nfe",
            "protNFe, prot_nfe",
            "infNFe, inf_nfe",
            "infNFeSupl, inf_nfe_supl",
            "refNFe, ref_nfe",
            "refNFeSig, ref_nfe_sig",
            "cSitNFe, c_sit_nfe",
            "refCTe, ref_cte",
            "refDFeAnt, ref_dfe_ant",
            "DFeReferenciado, dfe_referenciado",
            "NFref, nfref",
            "refNF, ref_nf",
            "refNFP, ref_nfp",
            "cOperNFF, c_oper_nff",
            // an acronym followed by lower case ends before it
            "ISSQNtot, issqn_tot",
            "pGNn, p_gn_n",
            "pGNi, p_gn_i",
            // digits end a word before a capital, but a capital before a digit does not split
            "ICMS00, icms00",
            "ICMSSN101, icms_sn101",
            "X509Certificate, x509_certificate"
    })
    void snake_layoutTag_readsAsTheLayoutWritesIt(String tag, String expected) {
        assertThat(LayoutNames.snake(tag)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
            "ide, nNF, ide_n_nf",
            "ide, finNFe, ide_fin_nfe",
            "ide, dhEmi, ide_dh_emi",
            "emit, CNPJ, emit_cnpj",
            "emit, IEST, emit_iest",
            "dest, xNome, dest_x_nome",
            "dest, ISUF, dest_isuf",
            "protNFe, cStat, prot_nfe_c_stat",
            "infNFeSupl, qrCode, inf_nfe_supl_qr_code",
            "resNFe, cSitNFe, res_nfe_c_sit_nfe",
            "ICMSTot, vNF, icms_tot_v_nf",
            "ICMSTot, vICMSUFDest, icms_tot_v_icms_uf_dest",
            "ICMSTot, vFCPSTRet, icms_tot_v_fcp_st_ret",
            "ISSQNtot, vServ, issqn_tot_v_serv",
            "infPAA, CNPJPAA, inf_paa_cnpj_paa",
            "IBSCBSTot, vBCIBSCBS, ibs_cbs_tot_v_bc_ibs_cbs",
            "IBSCBSTot/gIBS/gIBSUF, vDif, ibs_cbs_tot_g_ibs_g_ibs_uf_v_dif",
            "retTrib, vBCIRRF, ret_trib_v_bc_irrf",
            "NFref, refNFe, nfref_ref_nfe",
            "NFref, refCTe, nfref_ref_cte",
            "prod, cProd, prod_c_prod",
            "prod/comb, cProdANP, prod_comb_c_prod_anp",
            "prod/comb, pGNn, prod_comb_p_gn_n",
            "transporta, xNome, transporta_x_nome"
    })
    void column_groupAndTag_joinsTheSnakeParts(String group, String tag, String expected) {
        assertThat(LayoutNames.column(group, tag)).isEqualTo(expected);
    }

    @Test
    void acronyms_areAllCapitalsAndWordsAreCapitalsThenLowerCase() {
        assertThat(LayoutNames.ACRONYMS).allMatch(acronym -> acronym.matches("[A-Z]{2,}"));
        assertThat(LayoutNames.WORDS).allMatch(word -> word.matches("[A-Z]{2,}[a-z]+"));
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
