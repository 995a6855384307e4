package dev.nfe.core.silver;

import static dev.nfe.core.silver.LayoutDecimals.MONEY;
import static dev.nfe.core.silver.LayoutDecimals.QUANTITY;
import static dev.nfe.core.silver.LayoutDecimals.QUANTITY_12;
import static dev.nfe.core.silver.LayoutDecimals.RATE;

import dev.nfe.core.model.COFINS;
import dev.nfe.core.model.COFINSST;
import dev.nfe.core.model.Det;
import dev.nfe.core.model.GALCZFMCBS;
import dev.nfe.core.model.GAjusteCompet;
import dev.nfe.core.model.GCBS;
import dev.nfe.core.model.GCred;
import dev.nfe.core.model.GCredPres;
import dev.nfe.core.model.GCredPresIBSZFM;
import dev.nfe.core.model.GCredPresOper;
import dev.nfe.core.model.GDevTrib;
import dev.nfe.core.model.GDif;
import dev.nfe.core.model.GEstornoCred;
import dev.nfe.core.model.GIBSCBS;
import dev.nfe.core.model.GIBSCBSMono;
import dev.nfe.core.model.GIBSMun;
import dev.nfe.core.model.GIBSUF;
import dev.nfe.core.model.GMonoDif;
import dev.nfe.core.model.GMonoPadrao;
import dev.nfe.core.model.GMonoRet;
import dev.nfe.core.model.GMonoReten;
import dev.nfe.core.model.GRed;
import dev.nfe.core.model.GTransfCred;
import dev.nfe.core.model.GTribCompraGov;
import dev.nfe.core.model.GTribRegular;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.ICMSUFDest;
import dev.nfe.core.model.II;
import dev.nfe.core.model.IPI;
import dev.nfe.core.model.IS;
import dev.nfe.core.model.ISSQN;
import dev.nfe.core.model.Imposto;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.PIS;
import dev.nfe.core.model.PISST;
import dev.nfe.core.silver.TaxComponent.TaxColumn;
import dev.nfe.core.spi.Column;
import dev.nfe.core.spi.ColumnType;
import dev.nfe.core.spi.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Maps the taxes of each item to {@code nfe_item_tax}, in long form: one row per tax component present on an item
 * (ICMS, its ST, FCP, relief and single-phase parts, DIFAL, IPI, II, IOF, PIS, COFINS, ISSQN, IS, and the IBS/CBS
 * groups of the 2026 reform), keyed by {@code chave}, {@code n_item}, {@code tax} and {@code seq}. Components come in
 * the fixed order of {@link #COMPONENTS}; the columns are the tags the tax groups share, without a group prefix, and
 * {@code group_tag} names the XML group the row was read from.
 */
final class ItemTaxRowMapper implements RowMapper<Nfe> {

    static final TaxColumn ORIG = TaxColumn.of("orig", ColumnType.TEXT);
    static final TaxColumn CST = TaxColumn.of("CST", ColumnType.TEXT);
    static final TaxColumn CSOSN = TaxColumn.of("CSOSN", ColumnType.TEXT);
    static final TaxColumn C_CLASS_TRIB = TaxColumn.of("cClassTrib", ColumnType.TEXT);
    static final TaxColumn IND_DOACAO = TaxColumn.of("indDoacao", ColumnType.TEXT);
    static final TaxColumn MOD_BC = TaxColumn.of("modBC", ColumnType.TEXT);
    static final TaxColumn V_BC = TaxColumn.of("vBC", MONEY);
    static final TaxColumn P_RED_BC = TaxColumn.of("pRedBC", RATE);
    static final TaxColumn P_MVAST = TaxColumn.of("pMVAST", RATE);
    static final TaxColumn P_ALIQ = TaxColumn.of("pAliq", RATE);
    static final TaxColumn Q_BC_PROD = TaxColumn.of("qBCProd", QUANTITY_12);
    static final TaxColumn V_ALIQ_PROD = TaxColumn.of("vAliqProd", QUANTITY);
    static final TaxColumn U_TRIB = TaxColumn.of("uTrib", ColumnType.TEXT);
    static final TaxColumn V_OP = TaxColumn.of("vOp", MONEY);
    static final TaxColumn P_DIF = TaxColumn.of("pDif", RATE);
    static final TaxColumn V_DIF = TaxColumn.of("vDif", MONEY);
    static final TaxColumn V_EFET = TaxColumn.of("vEfet", MONEY);
    static final TaxColumn V_AMOUNT = TaxColumn.of("vAmount", MONEY);
    static final TaxColumn MOT_DES_ICMS = TaxColumn.of("motDesICMS", ColumnType.TEXT);
    static final TaxColumn IND_DEDUZ_DESON = TaxColumn.of("indDeduzDeson", ColumnType.TEXT);
    static final TaxColumn C_BENEF_RBC = TaxColumn.of("cBenefRBC", ColumnType.TEXT);
    static final TaxColumn P_BC_OP = TaxColumn.of("pBCOp", RATE);
    static final TaxColumn UFST = TaxColumn.of("UFST", ColumnType.TEXT);
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
    static final TaxColumn TP_ALCZFMCBS = TaxColumn.of("tpALCZFMCBS", ColumnType.TEXT);
    static final TaxColumn N_PROC_SUFRAMA = TaxColumn.of("nProcSuframa", ColumnType.TEXT);
    static final TaxColumn COMPET_APUR = TaxColumn.of("competApur", ColumnType.TEXT);
    static final TaxColumn TP_CRED_PRES_IBSZFM = TaxColumn.of("tpCredPresIBSZFM", ColumnType.TEXT);

    /** The value columns in file order, after the keys, the lineage and {@code group_tag}. */
    static final List<TaxColumn> TAX_COLUMNS = List.of(ORIG, CST, CSOSN, C_CLASS_TRIB, IND_DOACAO, MOD_BC, V_BC, P_RED_BC,
            P_MVAST, P_ALIQ, Q_BC_PROD, V_ALIQ_PROD, U_TRIB, V_OP, P_DIF, V_DIF, V_EFET, V_AMOUNT, MOT_DES_ICMS,
            IND_DEDUZ_DESON, C_BENEF_RBC, P_BC_OP, UFST, V_ICMS_SUBSTITUTO, P_ICMS_INTER, P_ICMS_INTER_PART,
            P_RED_AD_REM, MOT_RED_AD_REM, C_CRED_PRES, V_CRED_PRES_COND_SUS, CL_ENQ, CNPJ_PROD, C_SELO, Q_SELO, C_ENQ,
            V_DESP_ADU, IND_SOMA, C_MUN_FG, C_LIST_SERV, C_SIT_TRIB, V_DEDUCAO, V_OUTRO, V_DESC_INCOND, V_DESC_COND,
            V_ISS_RET, IND_ISS, C_SERVICO, C_MUN, C_PAIS, N_PROCESSO, IND_INCENTIVO, P_DEV_TRIB, V_DEV_TRIB,
            P_RED_ALIQ, P_ALIQ_EFET, TP_ALCZFMCBS, N_PROC_SUFRAMA, COMPET_APUR, TP_CRED_PRES_IBSZFM);

    /** Every component, in the order an item's rows are written. */
    static final List<TaxComponent<?>> COMPONENTS = components();

    static final Table TABLE = defineTable();

    private static final int FIXED_COLUMNS = 7;

    /** An IBS/CBS subgroup together with the {@code IBSCBS} group whose CST and cClassTrib it shares. */
    private record InIbsCbs<G>(IBSCBS ibscbs, G group) {
    }

    @Override
    public Table table() {
        return TABLE;
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        for (Det det : ItemRowMapper.items(nfe)) {
            for (TaxComponent<?> component : COMPONENTS) {
                for (TaxComponent.Occurrence occurrence : component.occurrences(det)) {
                    sink.accept(TABLE, ColumnValues.toRow(TABLE, values(det, occurrence, context), context));
                }
            }
        }
    }

    private static Object[] values(Det det, TaxComponent.Occurrence occurrence, RowContext context) {
        Object[] values = new Object[FIXED_COLUMNS + TAX_COLUMNS.size()];
        values[0] = context.chave().value();
        values[1] = det.nItem();
        values[2] = occurrence.tax();
        values[3] = occurrence.seq();
        values[4] = context.batchId();
        values[5] = context.source();
        values[6] = occurrence.groupTag();
        for (int i = 0; i < TAX_COLUMNS.size(); i++) {
            values[FIXED_COLUMNS + i] = occurrence.values().get(TAX_COLUMNS.get(i));
        }
        return values;
    }

    private static Table defineTable() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("chave", ColumnType.TEXT, true, LayoutPaths.CHAVE));
        columns.add(new Column("n_item", ColumnType.INT, true, LayoutPaths.DET + "/@nItem"));
        columns.add(new Column("tax", ColumnType.TEXT, true,
                "the tax component (ICMS, ICMS_ST, FCP, IPI, PIS, IBS_UF …): see the component table"));
        columns.add(new Column("seq", ColumnType.INT, true,
                "position of the component's group among its siblings, from 1 (only gCred repeats)"));
        columns.add(new Column("batch_id", ColumnType.TEXT, true, "lineage: the id of the batch that wrote the row"));
        columns.add(new Column("source", ColumnType.TEXT, true, "lineage: where the raw document came from"));
        columns.add(new Column("group_tag", ColumnType.TEXT, true,
                "the tag of the XML group the row was read from (ICMS10, IPITrib, PISAliq, gIBSUF …)"));
        for (TaxColumn column : TAX_COLUMNS) {
            columns.add(new Column(column.name(), column.type(), false, union(column)));
        }
        return new Table("nfe_item_tax", columns);
    }

    /** The XPaths that fill {@code column}, across all components, joined by {@code |}. */
    private static String union(TaxColumn column) {
        Set<String> paths = new LinkedHashSet<>();
        for (TaxComponent<?> component : COMPONENTS) {
            for (TaxComponent.Binding<?> binding : component.bindings()) {
                if (binding.column().equals(column)) {
                    paths.add(LayoutPaths.DET + "/" + component.path() + "/" + binding.tag());
                }
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("Cannot define nfe_item_tax." + column.name() + ": no component fills it");
        }
        return String.join(" | ", paths);
    }

    private static List<TaxComponent<?>> components() {
        List<TaxComponent<?>> all = new ArrayList<>();
        icms(all);
        all.add(TaxComponent.builder("ICMS_CRED_PRES", "prod/gCred", det -> det.prod().gCred(), credit -> "gCred")
                .req(C_CRED_PRES, "cCredPresumido", GCred::cCredPresumido)
                .req(P_ALIQ, "pCredPresumido", GCred::pCredPresumido)
                .req(V_AMOUNT, "vCredPresumido", GCred::vCredPresumido)
                .build());
        icmsUfDest(all);
        all.add(TaxComponent.builder("IPI", "imposto/IPI", imposto(Imposto::ipi), IPI::group)
                .primary()
                .opt(CL_ENQ, "clEnq", IPI::clEnq)
                .opt(CNPJ_PROD, "CNPJProd", IPI::cnpjProd)
                .opt(C_SELO, "cSelo", IPI::cSelo)
                .opt(Q_SELO, "qSelo", IPI::qSelo)
                .req(C_ENQ, "cEnq", IPI::cEnq)
                .req(CST, "IPI*/CST", IPI::cst)
                .opt(V_BC, "IPITrib/vBC", IPI::vBC)
                .opt(P_ALIQ, "IPITrib/pIPI", IPI::pIPI)
                .opt(Q_BC_PROD, "IPITrib/qUnid", IPI::qUnid)
                .opt(V_ALIQ_PROD, "IPITrib/vUnid", IPI::vUnid)
                .opt(V_AMOUNT, "IPITrib/vIPI", IPI::vIPI)
                .build());
        all.add(TaxComponent.builder("II", "imposto/II", imposto(Imposto::ii), ii -> "II")
                .primary()
                .req(V_BC, "vBC", II::vBC)
                .req(V_DESP_ADU, "vDespAdu", II::vDespAdu)
                .req(V_AMOUNT, "vII", II::vII)
                .build());
        all.add(TaxComponent.builder("IOF", "imposto/II", imposto(Imposto::ii), ii -> "II")
                .primary()
                .req(V_AMOUNT, "vIOF", II::vIOF)
                .build());
        pisCofins(all);
        all.add(issqn());
        all.add(TaxComponent.builder("IS", "imposto/IS", imposto(Imposto::is), is -> "IS")
                .primary()
                .req(CST, "CSTIS", IS::cstis)
                .req(C_CLASS_TRIB, "cClassTribIS", IS::cClassTribIS)
                .opt(V_BC, "vBCIS", IS::vBCIS)
                .opt(P_ALIQ, "pIS", IS::pIS)
                .opt(V_ALIQ_PROD, "adRemIS", IS::adRemIS)
                .opt(U_TRIB, "uTrib", IS::uTrib)
                .opt(Q_BC_PROD, "qTrib", IS::qTrib)
                .opt(V_AMOUNT, "vIS", IS::vIS)
                .build());
        ibsCbs(all);
        ibsCbsMono(all);
        ibsCbsCredits(all);
        return List.copyOf(all);
    }

    private static void icms(List<TaxComponent<?>> all) {
        Function<Det, List<ICMS>> icms = imposto(Imposto::icms);
        String path = "imposto/ICMS/ICMS*";
        all.add(TaxComponent.builder("ICMS", path, icms, ICMS::group)
                .primary()
                .opt(ORIG, "orig", ICMS::orig)
                .opt(CST, "CST", ICMS::cst)
                .opt(CSOSN, "CSOSN", ICMS::csosn)
                .opt(MOD_BC, "modBC", ICMS::modBC)
                .opt(P_RED_BC, "pRedBC", ICMS::pRedBC)
                .opt(C_BENEF_RBC, "cBenefRBC", ICMS::cBenefRBC)
                .opt(V_BC, "vBC", ICMS::vBC)
                .opt(P_ALIQ, "pICMS", ICMS::pICMS)
                .opt(V_OP, "vICMSOp", ICMS::vICMSOp)
                .opt(P_DIF, "pDif", ICMS::pDif)
                .opt(V_DIF, "vICMSDif", ICMS::vICMSDif)
                .opt(V_AMOUNT, "vICMS", ICMS::vICMS)
                .opt(P_BC_OP, "pBCOp", ICMS::pBCOp)
                .opt(UFST, "UFST", ICMS::ufst)
                .build());
        all.add(TaxComponent.builder("FCP", path, icms, ICMS::group)
                .opt(V_BC, "vBCFCP", ICMS::vBCFCP)
                .opt(P_ALIQ, "pFCP", ICMS::pFCP)
                .opt(V_AMOUNT, "vFCP", ICMS::vFCP)
                .opt(P_DIF, "pFCPDif", ICMS::pFCPDif)
                .opt(V_DIF, "vFCPDif", ICMS::vFCPDif)
                .opt(V_EFET, "vFCPEfet", ICMS::vFCPEfet)
                .build());
        all.add(TaxComponent.builder("ICMS_ST", path, icms, ICMS::group)
                .opt(MOD_BC, "modBCST", ICMS::modBCST)
                .opt(P_MVAST, "pMVAST", ICMS::pMVAST)
                .opt(P_RED_BC, "pRedBCST", ICMS::pRedBCST)
                .opt(V_BC, "vBCST", ICMS::vBCST)
                .opt(P_ALIQ, "pICMSST", ICMS::pICMSST)
                .opt(V_AMOUNT, "vICMSST", ICMS::vICMSST)
                .build());
        all.add(TaxComponent.builder("FCP_ST", path, icms, ICMS::group)
                .opt(V_BC, "vBCFCPST", ICMS::vBCFCPST)
                .opt(P_ALIQ, "pFCPST", ICMS::pFCPST)
                .opt(V_AMOUNT, "vFCPST", ICMS::vFCPST)
                .build());
        all.add(TaxComponent.builder("ICMS_DESON", path, icms, ICMS::group)
                .opt(V_AMOUNT, "vICMSDeson", ICMS::vICMSDeson)
                .opt(MOT_DES_ICMS, "motDesICMS", ICMS::motDesICMS)
                .opt(IND_DEDUZ_DESON, "indDeduzDeson", ICMS::indDeduzDeson)
                .build());
        all.add(TaxComponent.builder("ICMS_ST_DESON", path, icms, ICMS::group)
                .opt(V_AMOUNT, "vICMSSTDeson", ICMS::vICMSSTDeson)
                .opt(MOT_DES_ICMS, "motDesICMSST", ICMS::motDesICMSST)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMono", ICMS::qBCMono)
                .opt(V_ALIQ_PROD, "adRemICMS", ICMS::adRemICMS)
                .opt(V_OP, "vICMSMonoOp", ICMS::vICMSMonoOp)
                .opt(V_AMOUNT, "vICMSMono", ICMS::vICMSMono)
                .opt(P_RED_AD_REM, "pRedAdRem", ICMS::pRedAdRem)
                .opt(MOT_RED_AD_REM, "motRedAdRem", ICMS::motRedAdRem)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO_DIF", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMonoDif", ICMS::qBCMonoDif)
                .opt(V_ALIQ_PROD, "adRemICMSDif", ICMS::adRemICMSDif)
                .opt(V_AMOUNT, "vICMSMonoDif", ICMS::vICMSMonoDif)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO_RETEN", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMonoReten", ICMS::qBCMonoReten)
                .opt(V_ALIQ_PROD, "adRemICMSReten", ICMS::adRemICMSReten)
                .opt(V_AMOUNT, "vICMSMonoReten", ICMS::vICMSMonoReten)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO_RET", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMonoRet", ICMS::qBCMonoRet)
                .opt(V_ALIQ_PROD, "adRemICMSRet", ICMS::adRemICMSRet)
                .opt(V_AMOUNT, "vICMSMonoRet", ICMS::vICMSMonoRet)
                .build());
        all.add(TaxComponent.builder("ICMS_ST_RET", path, icms, ICMS::group)
                .opt(V_BC, "vBCSTRet", ICMS::vBCSTRet)
                .opt(P_ALIQ, "pST", ICMS::pST)
                .opt(V_ICMS_SUBSTITUTO, "vICMSSubstituto", ICMS::vICMSSubstituto)
                .opt(V_AMOUNT, "vICMSSTRet", ICMS::vICMSSTRet)
                .build());
        all.add(TaxComponent.builder("FCP_ST_RET", path, icms, ICMS::group)
                .opt(V_BC, "vBCFCPSTRet", ICMS::vBCFCPSTRet)
                .opt(P_ALIQ, "pFCPSTRet", ICMS::pFCPSTRet)
                .opt(V_AMOUNT, "vFCPSTRet", ICMS::vFCPSTRet)
                .build());
        all.add(TaxComponent.builder("ICMS_EFET", path, icms, ICMS::group)
                .opt(P_RED_BC, "pRedBCEfet", ICMS::pRedBCEfet)
                .opt(V_BC, "vBCEfet", ICMS::vBCEfet)
                .opt(P_ALIQ, "pICMSEfet", ICMS::pICMSEfet)
                .opt(V_AMOUNT, "vICMSEfet", ICMS::vICMSEfet)
                .build());
        all.add(TaxComponent.builder("ICMS_ST_DEST", path, icms, ICMS::group)
                .opt(V_BC, "vBCSTDest", ICMS::vBCSTDest)
                .opt(V_AMOUNT, "vICMSSTDest", ICMS::vICMSSTDest)
                .build());
        all.add(TaxComponent.builder("ICMS_SN_CRED", path, icms, ICMS::group)
                .opt(P_ALIQ, "pCredSN", ICMS::pCredSN)
                .opt(V_AMOUNT, "vCredICMSSN", ICMS::vCredICMSSN)
                .build());
    }

    private static void icmsUfDest(List<TaxComponent<?>> all) {
        Function<Det, List<ICMSUFDest>> ufDest = imposto(Imposto::icmsufDest);
        String path = "imposto/ICMSUFDest";
        all.add(TaxComponent.builder("ICMS_UF_DEST", path, ufDest, group -> "ICMSUFDest")
                .primary()
                .req(V_BC, "vBCUFDest", ICMSUFDest::vBCUFDest)
                .req(P_ALIQ, "pICMSUFDest", ICMSUFDest::pICMSUFDest)
                .req(P_ICMS_INTER, "pICMSInter", ICMSUFDest::pICMSInter)
                .req(P_ICMS_INTER_PART, "pICMSInterPart", ICMSUFDest::pICMSInterPart)
                .req(V_AMOUNT, "vICMSUFDest", ICMSUFDest::vICMSUFDest)
                .build());
        all.add(TaxComponent.builder("FCP_UF_DEST", path, ufDest, group -> "ICMSUFDest")
                .opt(V_BC, "vBCFCPUFDest", ICMSUFDest::vBCFCPUFDest)
                .opt(P_ALIQ, "pFCPUFDest", ICMSUFDest::pFCPUFDest)
                .opt(V_AMOUNT, "vFCPUFDest", ICMSUFDest::vFCPUFDest)
                .build());
        all.add(TaxComponent.builder("ICMS_UF_REMET", path, ufDest, group -> "ICMSUFDest")
                .primary()
                .req(V_AMOUNT, "vICMSUFRemet", ICMSUFDest::vICMSUFRemet)
                .build());
    }

    private static void pisCofins(List<TaxComponent<?>> all) {
        all.add(TaxComponent.builder("PIS", "imposto/PIS/PIS*", imposto(Imposto::pis), PIS::group)
                .primary()
                .req(CST, "CST", PIS::cst)
                .opt(V_BC, "vBC", PIS::vBC)
                .opt(P_ALIQ, "pPIS", PIS::pPIS)
                .opt(Q_BC_PROD, "qBCProd", PIS::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", PIS::vAliqProd)
                .opt(V_AMOUNT, "vPIS", PIS::vPIS)
                .build());
        all.add(TaxComponent.builder("PIS_ST", "imposto/PISST", imposto(Imposto::pisst), group -> "PISST")
                .primary()
                .opt(V_BC, "vBC", PISST::vBC)
                .opt(P_ALIQ, "pPIS", PISST::pPIS)
                .opt(Q_BC_PROD, "qBCProd", PISST::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", PISST::vAliqProd)
                .req(V_AMOUNT, "vPIS", PISST::vPIS)
                .opt(IND_SOMA, "indSomaPISST", PISST::indSomaPISST)
                .build());
        all.add(TaxComponent.builder("COFINS", "imposto/COFINS/COFINS*", imposto(Imposto::cofins), COFINS::group)
                .primary()
                .req(CST, "CST", COFINS::cst)
                .opt(V_BC, "vBC", COFINS::vBC)
                .opt(P_ALIQ, "pCOFINS", COFINS::pCOFINS)
                .opt(Q_BC_PROD, "qBCProd", COFINS::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", COFINS::vAliqProd)
                .opt(V_AMOUNT, "vCOFINS", COFINS::vCOFINS)
                .build());
        all.add(TaxComponent.builder("COFINS_ST", "imposto/COFINSST", imposto(Imposto::cofinsst), group -> "COFINSST")
                .primary()
                .opt(V_BC, "vBC", COFINSST::vBC)
                .opt(P_ALIQ, "pCOFINS", COFINSST::pCOFINS)
                .opt(Q_BC_PROD, "qBCProd", COFINSST::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", COFINSST::vAliqProd)
                .req(V_AMOUNT, "vCOFINS", COFINSST::vCOFINS)
                .opt(IND_SOMA, "indSomaCOFINSST", COFINSST::indSomaCOFINSST)
                .build());
    }

    private static TaxComponent<ISSQN> issqn() {
        return TaxComponent.builder("ISSQN", "imposto/ISSQN", imposto(Imposto::issqn), group -> "ISSQN")
                .primary()
                .req(V_BC, "vBC", ISSQN::vBC)
                .req(P_ALIQ, "vAliq", ISSQN::vAliq)
                .req(V_AMOUNT, "vISSQN", ISSQN::vISSQN)
                .req(C_MUN_FG, "cMunFG", ISSQN::cMunFG)
                .req(C_LIST_SERV, "cListServ", ISSQN::cListServ)
                .opt(C_SIT_TRIB, "cSitTrib", ISSQN::cSitTrib)
                .opt(V_DEDUCAO, "vDeducao", ISSQN::vDeducao)
                .opt(V_OUTRO, "vOutro", ISSQN::vOutro)
                .opt(V_DESC_INCOND, "vDescIncond", ISSQN::vDescIncond)
                .opt(V_DESC_COND, "vDescCond", ISSQN::vDescCond)
                .opt(V_ISS_RET, "vISSRet", ISSQN::vISSRet)
                .opt(IND_ISS, "indISS", ISSQN::indISS)
                .opt(C_SERVICO, "cServico", ISSQN::cServico)
                .opt(C_MUN, "cMun", ISSQN::cMun)
                .opt(C_PAIS, "cPais", ISSQN::cPais)
                .opt(N_PROCESSO, "nProcesso", ISSQN::nProcesso)
                .opt(IND_INCENTIVO, "indIncentivo", ISSQN::indIncentivo)
                .build();
    }

    private static void ibsCbs(List<TaxComponent<?>> all) {
        Function<Det, List<InIbsCbs<GIBSCBS>>> gIBSCBS = ibsCbs(IBSCBS::gIBSCBS);
        all.add(codes(TaxComponent.builder("IBS_UF", "imposto/IBSCBS", gIBSCBS, in -> "gIBSUF"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(P_ALIQ, "gIBSCBS/gIBSUF/pIBSUF", in -> in.group().gIBSUF().pIBSUF())
                .opt(P_DIF, "gIBSCBS/gIBSUF/gDif/pDif", in -> in.group().gIBSUF().gDif().map(GDif::pDif))
                .opt(V_DIF, "gIBSCBS/gIBSUF/gDif/vDif", in -> in.group().gIBSUF().gDif().map(GDif::vDif))
                .opt(P_DEV_TRIB, "gIBSCBS/gIBSUF/gDevTrib/pDevTrib", in -> in.group().gIBSUF().gDevTrib().flatMap(GDevTrib::pDevTrib))
                .opt(V_DEV_TRIB, "gIBSCBS/gIBSUF/gDevTrib/vDevTrib", in -> in.group().gIBSUF().gDevTrib().map(GDevTrib::vDevTrib))
                .opt(P_RED_ALIQ, "gIBSCBS/gIBSUF/gRed/pRedAliq", in -> in.group().gIBSUF().gRed().map(GRed::pRedAliq))
                .opt(P_ALIQ_EFET, "gIBSCBS/gIBSUF/gRed/pAliqEfet", in -> in.group().gIBSUF().gRed().map(GRed::pAliqEfet))
                .req(V_AMOUNT, "gIBSCBS/gIBSUF/vIBSUF", in -> in.group().gIBSUF().vIBSUF())
                .build());
        all.add(codes(TaxComponent.builder("IBS_MUN", "imposto/IBSCBS", gIBSCBS, in -> "gIBSMun"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(P_ALIQ, "gIBSCBS/gIBSMun/pIBSMun", in -> in.group().gIBSMun().pIBSMun())
                .opt(P_DIF, "gIBSCBS/gIBSMun/gDif/pDif", in -> in.group().gIBSMun().gDif().map(GDif::pDif))
                .opt(V_DIF, "gIBSCBS/gIBSMun/gDif/vDif", in -> in.group().gIBSMun().gDif().map(GDif::vDif))
                .opt(P_DEV_TRIB, "gIBSCBS/gIBSMun/gDevTrib/pDevTrib", in -> in.group().gIBSMun().gDevTrib().flatMap(GDevTrib::pDevTrib))
                .opt(V_DEV_TRIB, "gIBSCBS/gIBSMun/gDevTrib/vDevTrib", in -> in.group().gIBSMun().gDevTrib().map(GDevTrib::vDevTrib))
                .opt(P_RED_ALIQ, "gIBSCBS/gIBSMun/gRed/pRedAliq", in -> in.group().gIBSMun().gRed().map(GRed::pRedAliq))
                .opt(P_ALIQ_EFET, "gIBSCBS/gIBSMun/gRed/pAliqEfet", in -> in.group().gIBSMun().gRed().map(GRed::pAliqEfet))
                .req(V_AMOUNT, "gIBSCBS/gIBSMun/vIBSMun", in -> in.group().gIBSMun().vIBSMun())
                .build());
        all.add(codes(TaxComponent.builder("IBS_TOT", "imposto/IBSCBS", gIBSCBS, in -> "gIBSCBS"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(V_AMOUNT, "gIBSCBS/vIBS", in -> in.group().vIBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS", "imposto/IBSCBS", gIBSCBS, in -> "gCBS"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(P_ALIQ, "gIBSCBS/gCBS/pCBS", in -> in.group().gCBS().pCBS())
                .opt(P_DIF, "gIBSCBS/gCBS/gDif/pDif", in -> in.group().gCBS().gDif().map(GDif::pDif))
                .opt(V_DIF, "gIBSCBS/gCBS/gDif/vDif", in -> in.group().gCBS().gDif().map(GDif::vDif))
                .opt(P_DEV_TRIB, "gIBSCBS/gCBS/gDevTrib/pDevTrib", in -> in.group().gCBS().gDevTrib().flatMap(GDevTrib::pDevTrib))
                .opt(V_DEV_TRIB, "gIBSCBS/gCBS/gDevTrib/vDevTrib", in -> in.group().gCBS().gDevTrib().map(GDevTrib::vDevTrib))
                .opt(P_RED_ALIQ, "gIBSCBS/gCBS/gRed/pRedAliq", in -> in.group().gCBS().gRed().map(GRed::pRedAliq))
                .opt(P_ALIQ_EFET, "gIBSCBS/gCBS/gRed/pAliqEfet", in -> in.group().gCBS().gRed().map(GRed::pAliqEfet))
                .req(V_AMOUNT, "gIBSCBS/gCBS/vCBS", in -> in.group().gCBS().vCBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS_ALCZFM", "imposto/IBSCBS",
                        ibsCbs(x -> x.gIBSCBS().map(GIBSCBS::gCBS).flatMap(GCBS::gALCZFMCBS)), in -> "gALCZFMCBS"))
                .primary()
                .req(TP_ALCZFMCBS, "gIBSCBS/gCBS/gALCZFMCBS/tpALCZFMCBS", in -> in.group().tpALCZFMCBS())
                .opt(N_PROC_SUFRAMA, "gIBSCBS/gCBS/gALCZFMCBS/nProcSuframa", in -> in.group().nProcSuframa())
                .req(P_ALIQ, "gIBSCBS/gCBS/gALCZFMCBS/pAliqEfetRegCBS", in -> in.group().pAliqEfetRegCBS())
                .req(V_AMOUNT, "gIBSCBS/gCBS/gALCZFMCBS/vTribRegCBS", in -> in.group().vTribRegCBS())
                .build());
        Function<Det, List<InIbsCbs<GTribRegular>>> regular = ibsCbs(x -> x.gIBSCBS().flatMap(GIBSCBS::gTribRegular));
        String reg = "gIBSCBS/gTribRegular/";
        all.add(regularCodes(TaxComponent.builder("IBS_UF_REG", "imposto/IBSCBS", regular, in -> "gTribRegular"))
                .req(P_ALIQ, reg + "pAliqEfetRegIBSUF", in -> in.group().pAliqEfetRegIBSUF())
                .req(V_AMOUNT, reg + "vTribRegIBSUF", in -> in.group().vTribRegIBSUF())
                .build());
        all.add(regularCodes(TaxComponent.builder("IBS_MUN_REG", "imposto/IBSCBS", regular, in -> "gTribRegular"))
                .req(P_ALIQ, reg + "pAliqEfetRegIBSMun", in -> in.group().pAliqEfetRegIBSMun())
                .req(V_AMOUNT, reg + "vTribRegIBSMun", in -> in.group().vTribRegIBSMun())
                .build());
        all.add(regularCodes(TaxComponent.builder("CBS_REG", "imposto/IBSCBS", regular, in -> "gTribRegular"))
                .req(P_ALIQ, reg + "pAliqEfetRegCBS", in -> in.group().pAliqEfetRegCBS())
                .req(V_AMOUNT, reg + "vTribRegCBS", in -> in.group().vTribRegCBS())
                .build());
        Function<Det, List<InIbsCbs<GTribCompraGov>>> gov = ibsCbs(x -> x.gIBSCBS().flatMap(GIBSCBS::gTribCompraGov));
        String compraGov = "gIBSCBS/gTribCompraGov/";
        all.add(codes(TaxComponent.builder("IBS_UF_COMPRA_GOV", "imposto/IBSCBS", gov, in -> "gTribCompraGov"))
                .req(P_ALIQ, compraGov + "pAliqIBSUF", in -> in.group().pAliqIBSUF())
                .req(V_AMOUNT, compraGov + "vTribIBSUF", in -> in.group().vTribIBSUF())
                .build());
        all.add(codes(TaxComponent.builder("IBS_MUN_COMPRA_GOV", "imposto/IBSCBS", gov, in -> "gTribCompraGov"))
                .req(P_ALIQ, compraGov + "pAliqIBSMun", in -> in.group().pAliqIBSMun())
                .req(V_AMOUNT, compraGov + "vTribIBSMun", in -> in.group().vTribIBSMun())
                .build());
        all.add(codes(TaxComponent.builder("CBS_COMPRA_GOV", "imposto/IBSCBS", gov, in -> "gTribCompraGov"))
                .req(P_ALIQ, compraGov + "pAliqCBS", in -> in.group().pAliqCBS())
                .req(V_AMOUNT, compraGov + "vTribCBS", in -> in.group().vTribCBS())
                .build());
    }

    private static void ibsCbsMono(List<TaxComponent<?>> all) {
        Function<Det, List<InIbsCbs<GIBSCBSMono>>> mono = ibsCbs(IBSCBS::gIBSCBSMono);
        String path = "imposto/IBSCBS";
        String padrao = "gIBSCBSMono/gMonoPadrao/";
        String dif = "gIBSCBSMono/gMonoDif/";
        all.add(codes(TaxComponent.builder("IBS_MONO", path, mono, in -> "gMonoPadrao"))
                .opt(Q_BC_PROD, padrao + "qBCMono", in -> in.group().gMonoPadrao().map(GMonoPadrao::qBCMono))
                .opt(V_ALIQ_PROD, padrao + "adRemIBS", in -> in.group().gMonoPadrao().map(GMonoPadrao::adRemIBS))
                .opt(V_AMOUNT, padrao + "vIBSMono", in -> in.group().gMonoPadrao().map(GMonoPadrao::vIBSMono))
                .opt(P_DIF, dif + "pDifIBS", in -> in.group().gMonoDif().map(GMonoDif::pDifIBS))
                .opt(V_DIF, dif + "vIBSMonoDif", in -> in.group().gMonoDif().map(GMonoDif::vIBSMonoDif))
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO", path, mono, in -> "gMonoPadrao"))
                .opt(Q_BC_PROD, padrao + "qBCMono", in -> in.group().gMonoPadrao().map(GMonoPadrao::qBCMono))
                .opt(V_ALIQ_PROD, padrao + "adRemCBS", in -> in.group().gMonoPadrao().map(GMonoPadrao::adRemCBS))
                .opt(V_AMOUNT, padrao + "vCBSMono", in -> in.group().gMonoPadrao().map(GMonoPadrao::vCBSMono))
                .opt(P_DIF, dif + "pDifCBS", in -> in.group().gMonoDif().map(GMonoDif::pDifCBS))
                .opt(V_DIF, dif + "vCBSMonoDif", in -> in.group().gMonoDif().map(GMonoDif::vCBSMonoDif))
                .build());
        String reten = "gIBSCBSMono/gMonoReten/";
        all.add(codes(TaxComponent.builder("IBS_MONO_RETEN", path, mono, in -> "gMonoReten"))
                .opt(Q_BC_PROD, reten + "qBCMonoReten", in -> in.group().gMonoReten().map(GMonoReten::qBCMonoReten))
                .opt(V_ALIQ_PROD, reten + "adRemIBSReten", in -> in.group().gMonoReten().map(GMonoReten::adRemIBSReten))
                .opt(V_AMOUNT, reten + "vIBSMonoReten", in -> in.group().gMonoReten().map(GMonoReten::vIBSMonoReten))
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO_RETEN", path, mono, in -> "gMonoReten"))
                .opt(Q_BC_PROD, reten + "qBCMonoReten", in -> in.group().gMonoReten().map(GMonoReten::qBCMonoReten))
                .opt(V_ALIQ_PROD, reten + "adRemCBSReten", in -> in.group().gMonoReten().map(GMonoReten::adRemCBSReten))
                .opt(V_AMOUNT, reten + "vCBSMonoReten", in -> in.group().gMonoReten().map(GMonoReten::vCBSMonoReten))
                .build());
        String ret = "gIBSCBSMono/gMonoRet/";
        all.add(codes(TaxComponent.builder("IBS_MONO_RET", path, mono, in -> "gMonoRet"))
                .opt(Q_BC_PROD, ret + "qBCMonoRet", in -> in.group().gMonoRet().map(GMonoRet::qBCMonoRet))
                .opt(V_ALIQ_PROD, ret + "adRemIBSRet", in -> in.group().gMonoRet().map(GMonoRet::adRemIBSRet))
                .opt(V_AMOUNT, ret + "vIBSMonoRet", in -> in.group().gMonoRet().map(GMonoRet::vIBSMonoRet))
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO_RET", path, mono, in -> "gMonoRet"))
                .opt(Q_BC_PROD, ret + "qBCMonoRet", in -> in.group().gMonoRet().map(GMonoRet::qBCMonoRet))
                .opt(V_ALIQ_PROD, ret + "adRemCBSRet", in -> in.group().gMonoRet().map(GMonoRet::adRemCBSRet))
                .opt(V_AMOUNT, ret + "vCBSMonoRet", in -> in.group().gMonoRet().map(GMonoRet::vCBSMonoRet))
                .build());
        all.add(codes(TaxComponent.builder("IBS_MONO_TOT", path, mono, in -> "gIBSCBSMono"))
                .primary()
                .req(V_AMOUNT, "gIBSCBSMono/vTotIBSMonoItem", in -> in.group().vTotIBSMonoItem())
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO_TOT", path, mono, in -> "gIBSCBSMono"))
                .primary()
                .req(V_AMOUNT, "gIBSCBSMono/vTotCBSMonoItem", in -> in.group().vTotCBSMonoItem())
                .build());
    }

    private static void ibsCbsCredits(List<TaxComponent<?>> all) {
        String path = "imposto/IBSCBS";
        Function<Det, List<InIbsCbs<GTransfCred>>> transf = ibsCbs(IBSCBS::gTransfCred);
        all.add(codes(TaxComponent.builder("IBS_TRANSF_CRED", path, transf, in -> "gTransfCred"))
                .primary()
                .req(V_AMOUNT, "gTransfCred/vIBS", in -> in.group().vIBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS_TRANSF_CRED", path, transf, in -> "gTransfCred"))
                .primary()
                .req(V_AMOUNT, "gTransfCred/vCBS", in -> in.group().vCBS())
                .build());
        Function<Det, List<InIbsCbs<GAjusteCompet>>> ajuste = ibsCbs(IBSCBS::gAjusteCompet);
        all.add(codes(TaxComponent.builder("IBS_AJUSTE_COMPET", path, ajuste, in -> "gAjusteCompet"))
                .primary()
                .req(COMPET_APUR, "gAjusteCompet/competApur", in -> in.group().competApur())
                .req(V_AMOUNT, "gAjusteCompet/vIBS", in -> in.group().vIBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS_AJUSTE_COMPET", path, ajuste, in -> "gAjusteCompet"))
                .primary()
                .req(COMPET_APUR, "gAjusteCompet/competApur", in -> in.group().competApur())
                .req(V_AMOUNT, "gAjusteCompet/vCBS", in -> in.group().vCBS())
                .build());
        Function<Det, List<InIbsCbs<GEstornoCred>>> estorno = ibsCbs(IBSCBS::gEstornoCred);
        all.add(codes(TaxComponent.builder("IBS_ESTORNO_CRED", path, estorno, in -> "gEstornoCred"))
                .primary()
                .req(V_AMOUNT, "gEstornoCred/vIBSEstCred", in -> in.group().vIBSEstCred())
                .build());
        all.add(codes(TaxComponent.builder("CBS_ESTORNO_CRED", path, estorno, in -> "gEstornoCred"))
                .primary()
                .req(V_AMOUNT, "gEstornoCred/vCBSEstCred", in -> in.group().vCBSEstCred())
                .build());
        all.add(credPres("IBS_CRED_PRES", "gIBSCredPres", GCredPresOper::gIBSCredPres));
        all.add(credPres("CBS_CRED_PRES", "gCBSCredPres", GCredPresOper::gCBSCredPres));
        all.add(codes(TaxComponent.builder("IBS_CRED_PRES_ZFM", path, ibsCbs(IBSCBS::gCredPresIBSZFM),
                        in -> "gCredPresIBSZFM"))
                .primary()
                .req(COMPET_APUR, "gCredPresIBSZFM/competApur", in -> in.group().competApur())
                .req(TP_CRED_PRES_IBSZFM, "gCredPresIBSZFM/tpCredPresIBSZFM", in -> in.group().tpCredPresIBSZFM())
                .req(V_AMOUNT, "gCredPresIBSZFM/vCredPresIBSZFM", in -> in.group().vCredPresIBSZFM())
                .build());
    }

    private static TaxComponent<InIbsCbs<GCredPresOper>> credPres(String tax, String tag,
            Function<GCredPresOper, Optional<GCredPres>> credit) {
        String oper = "gCredPresOper/";
        String group = oper + tag + "/";
        return codes(TaxComponent.builder(tax, "imposto/IBSCBS",
                        ibsCbs(x -> x.gCredPresOper().filter(o -> credit.apply(o).isPresent())), in -> tag))
                .primary()
                .req(V_BC, oper + "vBCCredPres", in -> in.group().vBCCredPres())
                .req(C_CRED_PRES, oper + "cCredPres", in -> in.group().cCredPres())
                .opt(P_ALIQ, group + "pCredPres", in -> credit.apply(in.group()).map(GCredPres::pCredPres))
                .opt(V_AMOUNT, group + "vCredPres", in -> credit.apply(in.group()).flatMap(GCredPres::vCredPres))
                .opt(V_CRED_PRES_COND_SUS, group + "vCredPresCondSus",
                        in -> credit.apply(in.group()).flatMap(GCredPres::vCredPresCondSus))
                .build();
    }

    /** Binds the codes every IBS/CBS row shares: the group's CST, cClassTrib and indDoacao. */
    private static <G> TaxComponent.Builder<InIbsCbs<G>> codes(TaxComponent.Builder<InIbsCbs<G>> builder) {
        return builder.req(CST, "CST", in -> in.ibscbs().cst())
                .req(C_CLASS_TRIB, "cClassTrib", in -> in.ibscbs().cClassTrib())
                .opt(IND_DOACAO, "indDoacao", in -> in.ibscbs().indDoacao());
    }

    /** Binds the codes of the regular taxation the special regime replaces (gTribRegular). */
    private static TaxComponent.Builder<InIbsCbs<GTribRegular>> regularCodes(
            TaxComponent.Builder<InIbsCbs<GTribRegular>> builder) {
        return builder.primary()
                .req(CST, "gIBSCBS/gTribRegular/CSTReg", in -> in.group().cstReg())
                .req(C_CLASS_TRIB, "gIBSCBS/gTribRegular/cClassTribReg", in -> in.group().cClassTribReg())
                .opt(IND_DOACAO, "indDoacao", in -> in.ibscbs().indDoacao());
    }

    private static <G> Function<Det, List<G>> imposto(Function<Imposto, Optional<G>> group) {
        return det -> group.apply(det.imposto()).stream().toList();
    }

    private static <G> Function<Det, List<InIbsCbs<G>>> ibsCbs(Function<IBSCBS, Optional<G>> group) {
        return det -> det.imposto().ibscbs()
                .flatMap(ibscbs -> group.apply(ibscbs).map(g -> new InIbsCbs<>(ibscbs, g)))
                .stream()
                .toList();
    }
}
