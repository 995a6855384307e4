package dev.nfe.core.silver;

import static dev.nfe.core.silver.LayoutDecimals.MONEY;
import static dev.nfe.core.silver.LayoutDecimals.QUANTITY;
import static dev.nfe.core.silver.LayoutDecimals.QUANTITY_12;
import static dev.nfe.core.silver.LayoutDecimals.RATE;

import dev.nfe.core.silver.TaxComponent.TaxColumn;
import dev.nfe.core.spi.ColumnType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The value columns of {@code nfe_item_tax}: the tags the tax groups share, each named by {@link LayoutNames#snake}
 * of a representative tag ({@code vBC} → {@code v_bc}). The rate and the amount of the tax itself, which every group
 * names after its tax ({@code pICMS}/{@code vICMS}, {@code pIBSUF}/{@code vIBSUF} …), take the stems the layout
 * uses where one group holds several taxes ({@code gTribCompraGov}: {@code pAliqIBSUF}/{@code vTribIBSUF}):
 * {@code p_aliq} and {@code v_trib}.
 */
final class TaxColumns {

    static final TaxColumn ORIG = TaxColumn.of("orig", ColumnType.TEXT);
    static final TaxColumn CST = TaxColumn.of("CST", ColumnType.TEXT);
    static final TaxColumn CSOSN = TaxColumn.of("CSOSN", ColumnType.TEXT);
    static final TaxColumn C_CLASS_TRIB = TaxColumn.of("cClassTrib", ColumnType.TEXT);
    static final TaxColumn IND_DOACAO = TaxColumn.of("indDoacao", ColumnType.TEXT);
    static final TaxColumn MOD_BC = TaxColumn.of("modBC", ColumnType.TEXT);
    static final TaxColumn V_BC = TaxColumn.of("vBC", MONEY);
    static final TaxColumn P_RED_BC = TaxColumn.of("pRedBC", RATE);
    static final TaxColumn P_MVA_ST = TaxColumn.of("pMVAST", RATE);
    static final TaxColumn P_ALIQ = TaxColumn.of("pAliq", RATE);
    static final TaxColumn Q_BC_PROD = TaxColumn.of("qBCProd", QUANTITY_12);
    static final TaxColumn V_ALIQ_PROD = TaxColumn.of("vAliqProd", QUANTITY);
    static final TaxColumn U_TRIB = TaxColumn.of("uTrib", ColumnType.TEXT);
    static final TaxColumn V_OP = TaxColumn.of("vOp", MONEY);
    static final TaxColumn P_DIF = TaxColumn.of("pDif", RATE);
    static final TaxColumn V_DIF = TaxColumn.of("vDif", MONEY);
    static final TaxColumn V_EFET = TaxColumn.of("vEfet", MONEY);
    static final TaxColumn V_TRIB = TaxColumn.of("vTrib", MONEY);
    static final TaxColumn MOT_DES_ICMS = TaxColumn.of("motDesICMS", ColumnType.TEXT);
    static final TaxColumn IND_DEDUZ_DESON = TaxColumn.of("indDeduzDeson", ColumnType.TEXT);
    static final TaxColumn C_BENEF_RBC = TaxColumn.of("cBenefRBC", ColumnType.TEXT);
    static final TaxColumn P_BC_OP = TaxColumn.of("pBCOp", RATE);
    static final TaxColumn UF_ST = TaxColumn.of("UFST", ColumnType.TEXT);
    static final TaxColumn V_ICMS_SUBSTITUTO = TaxColumn.of("vICMSSubstituto", MONEY);
    static final TaxColumn P_ICMS_INTER = TaxColumn.of("pICMSInter", RATE);
    static final TaxColumn P_ICMS_INTER_PART = TaxColumn.of("pICMSInterPart", RATE);
    static final TaxColumn P_RED_AD_REM = TaxColumn.of("pRedAdRem", RATE);
    static final TaxColumn MOT_RED_AD_REM = TaxColumn.of("motRedAdRem", ColumnType.TEXT);
    static final TaxColumn C_CRED_PRES = TaxColumn.of("cCredPres", ColumnType.TEXT);
    static final TaxColumn V_CRED_PRES_COND_SUS = TaxColumn.of("vCredPresCondSus", MONEY);
    static final TaxColumn CL_ENQ = TaxColumn.of("clEnq", ColumnType.TEXT);
    static final TaxColumn CNPJ_PROD = TaxColumn.of("CNPJProd", ColumnType.TEXT);
    static final TaxColumn C_SELO = TaxColumn.of("cSelo", ColumnType.TEXT);
    static final TaxColumn Q_SELO = TaxColumn.of("qSelo", ColumnType.LONG);
    static final TaxColumn C_ENQ = TaxColumn.of("cEnq", ColumnType.TEXT);
    static final TaxColumn V_DESP_ADU = TaxColumn.of("vDespAdu", MONEY);
    static final TaxColumn IND_SOMA = TaxColumn.of("indSoma", ColumnType.TEXT);
    static final TaxColumn C_MUN_FG = TaxColumn.of("cMunFG", ColumnType.TEXT);
    static final TaxColumn C_LIST_SERV = TaxColumn.of("cListServ", ColumnType.TEXT);
    static final TaxColumn C_SIT_TRIB = TaxColumn.of("cSitTrib", ColumnType.TEXT);
    static final TaxColumn V_DEDUCAO = TaxColumn.of("vDeducao", MONEY);
    static final TaxColumn V_OUTRO = TaxColumn.of("vOutro", MONEY);
    static final TaxColumn V_DESC_INCOND = TaxColumn.of("vDescIncond", MONEY);
    static final TaxColumn V_DESC_COND = TaxColumn.of("vDescCond", MONEY);
    static final TaxColumn V_ISS_RET = TaxColumn.of("vISSRet", MONEY);
    static final TaxColumn IND_ISS = TaxColumn.of("indISS", ColumnType.TEXT);
    static final TaxColumn C_SERVICO = TaxColumn.of("cServico", ColumnType.TEXT);
    static final TaxColumn C_MUN = TaxColumn.of("cMun", ColumnType.TEXT);
    static final TaxColumn C_PAIS = TaxColumn.of("cPais", ColumnType.TEXT);
    static final TaxColumn N_PROCESSO = TaxColumn.of("nProcesso", ColumnType.TEXT);
    static final TaxColumn IND_INCENTIVO = TaxColumn.of("indIncentivo", ColumnType.TEXT);
    static final TaxColumn P_DEV_TRIB = TaxColumn.of("pDevTrib", RATE);
    static final TaxColumn V_DEV_TRIB = TaxColumn.of("vDevTrib", MONEY);
    static final TaxColumn P_RED_ALIQ = TaxColumn.of("pRedAliq", RATE);
    static final TaxColumn P_ALIQ_EFET = TaxColumn.of("pAliqEfet", RATE);
    static final TaxColumn TP_ALC_ZFM_CBS = TaxColumn.of("tpALCZFMCBS", ColumnType.TEXT);
    static final TaxColumn N_PROC_SUFRAMA = TaxColumn.of("nProcSuframa", ColumnType.TEXT);
    static final TaxColumn COMPET_APUR = TaxColumn.of("competApur", ColumnType.TEXT);
    static final TaxColumn TP_CRED_PRES_IBS_ZFM = TaxColumn.of("tpCredPresIBSZFM", ColumnType.TEXT);

    /** Every value column in file order, after the keys, the lineage and {@code group_tag}. */
    static final List<TaxColumn> ALL = List.of(ORIG, CST, CSOSN, C_CLASS_TRIB, IND_DOACAO, MOD_BC, V_BC, P_RED_BC,
            P_MVA_ST, P_ALIQ, Q_BC_PROD, V_ALIQ_PROD, U_TRIB, V_OP, P_DIF, V_DIF, V_EFET, V_TRIB, MOT_DES_ICMS,
            IND_DEDUZ_DESON, C_BENEF_RBC, P_BC_OP, UF_ST, V_ICMS_SUBSTITUTO, P_ICMS_INTER, P_ICMS_INTER_PART,
            P_RED_AD_REM, MOT_RED_AD_REM, C_CRED_PRES, V_CRED_PRES_COND_SUS, CL_ENQ, CNPJ_PROD, C_SELO, Q_SELO, C_ENQ,
            V_DESP_ADU, IND_SOMA, C_MUN_FG, C_LIST_SERV, C_SIT_TRIB, V_DEDUCAO, V_OUTRO, V_DESC_INCOND, V_DESC_COND,
            V_ISS_RET, IND_ISS, C_SERVICO, C_MUN, C_PAIS, N_PROCESSO, IND_INCENTIVO, P_DEV_TRIB, V_DEV_TRIB,
            P_RED_ALIQ, P_ALIQ_EFET, TP_ALC_ZFM_CBS, N_PROC_SUFRAMA, COMPET_APUR, TP_CRED_PRES_IBS_ZFM);

    private static final Map<TaxColumn, Integer> POSITIONS = IntStream.range(0, ALL.size()).boxed()
            .collect(Collectors.toUnmodifiableMap(ALL::get, Function.identity()));

    private TaxColumns() {
    }

    /** The position of {@code column} in {@link #ALL}. */
    static int position(TaxColumn column) {
        Integer position = POSITIONS.get(column);
        if (position == null) {
            throw new IllegalArgumentException("Cannot place " + column + ": it is not a column of nfe_item_tax");
        }
        return position;
    }
}
