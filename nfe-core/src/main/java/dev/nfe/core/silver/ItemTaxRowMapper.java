package dev.nfe.core.silver;

import static dev.nfe.core.model.LayoutPath.DET;
import static dev.nfe.core.model.LayoutPath.inNfeProc;
import static dev.nfe.core.silver.TaxColumns.CL_ENQ;
import static dev.nfe.core.silver.TaxColumns.CNPJ_PROD;
import static dev.nfe.core.silver.TaxColumns.CST;
import static dev.nfe.core.silver.TaxColumns.C_CLASS_TRIB;
import static dev.nfe.core.silver.TaxColumns.C_ENQ;
import static dev.nfe.core.silver.TaxColumns.C_LIST_SERV;
import static dev.nfe.core.silver.TaxColumns.C_MUN;
import static dev.nfe.core.silver.TaxColumns.C_MUN_FG;
import static dev.nfe.core.silver.TaxColumns.C_PAIS;
import static dev.nfe.core.silver.TaxColumns.C_SELO;
import static dev.nfe.core.silver.TaxColumns.C_SERVICO;
import static dev.nfe.core.silver.TaxColumns.C_SIT_TRIB;
import static dev.nfe.core.silver.TaxColumns.IND_INCENTIVO;
import static dev.nfe.core.silver.TaxColumns.IND_ISS;
import static dev.nfe.core.silver.TaxColumns.IND_SOMA;
import static dev.nfe.core.silver.TaxColumns.N_PROCESSO;
import static dev.nfe.core.silver.TaxColumns.P_ALIQ;
import static dev.nfe.core.silver.TaxColumns.Q_BC_PROD;
import static dev.nfe.core.silver.TaxColumns.Q_SELO;
import static dev.nfe.core.silver.TaxColumns.U_TRIB;
import static dev.nfe.core.silver.TaxColumns.V_ALIQ_PROD;
import static dev.nfe.core.silver.TaxColumns.V_BC;
import static dev.nfe.core.silver.TaxColumns.V_DEDUCAO;
import static dev.nfe.core.silver.TaxColumns.V_DESC_COND;
import static dev.nfe.core.silver.TaxColumns.V_DESC_INCOND;
import static dev.nfe.core.silver.TaxColumns.V_DESP_ADU;
import static dev.nfe.core.silver.TaxColumns.V_ISS_RET;
import static dev.nfe.core.silver.TaxColumns.V_OUTRO;
import static dev.nfe.core.silver.TaxColumns.V_TRIB;

import dev.nfe.core.model.COFINS;
import dev.nfe.core.model.COFINSST;
import dev.nfe.core.model.Det;
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
import java.util.Set;

/**
 * Maps the taxes of each item to {@code nfe_item_tax}, in long form: one row per tax component present on an item
 * (ICMS, its ST, FCP, relief and single-phase parts, DIFAL, IPI, II, IOF, PIS, COFINS, ISSQN, IS, and the IBS/CBS
 * groups of the 2026 reform), keyed by {@code chave}, {@code n_item}, {@code tax} and {@code seq}. Components come in
 * the fixed order of {@link #COMPONENTS}; the columns are the tags the tax groups share, without a group prefix, and
 * {@code group_tag} names the XML group the row was read from.
 */
final class ItemTaxRowMapper implements RowMapper<Nfe> {

    /** Every component, in the order an item's rows are written. */
    static final List<TaxComponent<?>> COMPONENTS = components();

    static final Table TABLE = defineTable();

    private static final int FIXED_COLUMNS = 8;

    @Override
    public Table table() {
        return TABLE;
    }

    @Override
    public void emit(Nfe nfe, RowContext context, RowSink sink) {
        // indexed loops: an iterator per item and component is most of what this method would allocate
        List<Det> items = ItemRowMapper.items(nfe);
        for (int i = 0; i < items.size(); i++) {
            Det det = items.get(i);
            for (int c = 0; c < COMPONENTS.size(); c++) {
                List<TaxComponent.Occurrence> occurrences = COMPONENTS.get(c).occurrences(det);
                for (int o = 0; o < occurrences.size(); o++) {
                    sink.accept(TABLE, ColumnValues.toRow(TABLE, values(det, occurrences.get(o), context), context));
                }
            }
        }
    }

    private static Object[] values(Det det, TaxComponent.Occurrence occurrence, RowContext context) {
        Object[] values = new Object[FIXED_COLUMNS + TaxColumns.ALL.size()];
        values[0] = context.chave().value();
        values[1] = context.version().docHash();
        values[2] = det.nItem();
        values[3] = occurrence.tax();
        values[4] = occurrence.seq();
        values[5] = context.batchId();
        values[6] = context.source();
        values[7] = occurrence.groupTag();
        System.arraycopy(occurrence.values(), 0, values, FIXED_COLUMNS, TaxColumns.ALL.size());
        return values;
    }

    private static Table defineTable() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("chave", ColumnType.TEXT, true, TableSpec.NFE_CHAVE));
        columns.add(new Column("doc_hash", ColumnType.TEXT, true, TableSpec.DOC_HASH));
        columns.add(new Column("n_item", ColumnType.INT, true, inNfeProc(DET) + "/@nItem"));
        columns.add(new Column("tax", ColumnType.TEXT, true,
                "the tax component (ICMS, ICMS_ST, FCP, IPI, PIS, IBS_UF …): see the component table"));
        columns.add(new Column("seq", ColumnType.INT, true,
                "position of the component's group among its siblings, from 1 (only gCred repeats)"));
        columns.add(new Column("batch_id", ColumnType.TEXT, true, "lineage: the id of the batch that wrote the row"));
        columns.add(new Column("source", ColumnType.TEXT, true, "lineage: where the raw document came from"));
        columns.add(new Column("group_tag", ColumnType.TEXT, true,
                "the tag of the XML group the row was read from (ICMS10, IPITrib, PISAliq, gIBSUF …)"));
        for (TaxColumn column : TaxColumns.ALL) {
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
                    paths.add(inNfeProc(DET) + "/" + component.path() + "/" + binding.tag());
                }
            }
        }
        if (paths.isEmpty()) {
            throw new IllegalStateException("Cannot define nfe_item_tax." + column.name() + ": no component fills it");
        }
        return String.join(" | ", paths);
    }

    private static List<TaxComponent<?>> components() {
        List<TaxComponent<?>> all = new ArrayList<>(IcmsComponents.all());
        all.add(TaxComponent.builder("IPI", "imposto/IPI", TaxComponent.inImposto(Imposto::ipi), IPI::group)
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
                .opt(V_TRIB, "IPITrib/vIPI", IPI::vIPI)
                .build());
        all.add(TaxComponent.builder("II", "imposto/II", TaxComponent.inImposto(Imposto::ii), ii -> "II")
                .primary()
                .req(V_BC, "vBC", II::vBC)
                .req(V_DESP_ADU, "vDespAdu", II::vDespAdu)
                .req(V_TRIB, "vII", II::vII)
                .build());
        all.add(TaxComponent.builder("IOF", "imposto/II", TaxComponent.inImposto(Imposto::ii), ii -> "II")
                .primary()
                .req(V_TRIB, "vIOF", II::vIOF)
                .build());
        pisCofins(all);
        all.add(issqn());
        all.add(TaxComponent.builder("IS", "imposto/IS", TaxComponent.inImposto(Imposto::is), is -> "IS")
                .primary()
                .req(CST, "CSTIS", IS::cstis)
                .req(C_CLASS_TRIB, "cClassTribIS", IS::cClassTribIS)
                .opt(V_BC, "vBCIS", IS::vBCIS)
                .opt(P_ALIQ, "pIS", IS::pIS)
                .opt(V_ALIQ_PROD, "adRemIS", IS::adRemIS)
                .opt(U_TRIB, "uTrib", IS::uTrib)
                .opt(Q_BC_PROD, "qTrib", IS::qTrib)
                .opt(V_TRIB, "vIS", IS::vIS)
                .build());
        all.addAll(IbsCbsComponents.all());
        return List.copyOf(all);
    }

    private static void pisCofins(List<TaxComponent<?>> all) {
        all.add(TaxComponent.builder("PIS", "imposto/PIS/PIS*", TaxComponent.inImposto(Imposto::pis), PIS::group)
                .primary()
                .req(CST, "CST", PIS::cst)
                .opt(V_BC, "vBC", PIS::vBC)
                .opt(P_ALIQ, "pPIS", PIS::pPIS)
                .opt(Q_BC_PROD, "qBCProd", PIS::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", PIS::vAliqProd)
                .opt(V_TRIB, "vPIS", PIS::vPIS)
                .build());
        all.add(TaxComponent.builder("PIS_ST", "imposto/PISST", TaxComponent.inImposto(Imposto::pisst),
                        group -> "PISST")
                .primary()
                .opt(V_BC, "vBC", PISST::vBC)
                .opt(P_ALIQ, "pPIS", PISST::pPIS)
                .opt(Q_BC_PROD, "qBCProd", PISST::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", PISST::vAliqProd)
                .req(V_TRIB, "vPIS", PISST::vPIS)
                .opt(IND_SOMA, "indSomaPISST", PISST::indSomaPISST)
                .build());
        all.add(TaxComponent.builder("COFINS", "imposto/COFINS/COFINS*", TaxComponent.inImposto(Imposto::cofins),
                        COFINS::group)
                .primary()
                .req(CST, "CST", COFINS::cst)
                .opt(V_BC, "vBC", COFINS::vBC)
                .opt(P_ALIQ, "pCOFINS", COFINS::pCOFINS)
                .opt(Q_BC_PROD, "qBCProd", COFINS::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", COFINS::vAliqProd)
                .opt(V_TRIB, "vCOFINS", COFINS::vCOFINS)
                .build());
        all.add(TaxComponent.builder("COFINS_ST", "imposto/COFINSST", TaxComponent.inImposto(Imposto::cofinsst),
                        group -> "COFINSST")
                .primary()
                .opt(V_BC, "vBC", COFINSST::vBC)
                .opt(P_ALIQ, "pCOFINS", COFINSST::pCOFINS)
                .opt(Q_BC_PROD, "qBCProd", COFINSST::qBCProd)
                .opt(V_ALIQ_PROD, "vAliqProd", COFINSST::vAliqProd)
                .req(V_TRIB, "vCOFINS", COFINSST::vCOFINS)
                .opt(IND_SOMA, "indSomaCOFINSST", COFINSST::indSomaCOFINSST)
                .build());
    }

    private static TaxComponent<ISSQN> issqn() {
        return TaxComponent.builder("ISSQN", "imposto/ISSQN", TaxComponent.inImposto(Imposto::issqn), group -> "ISSQN")
                .primary()
                .req(V_BC, "vBC", ISSQN::vBC)
                .req(P_ALIQ, "vAliq", ISSQN::vAliq)
                .req(V_TRIB, "vISSQN", ISSQN::vISSQN)
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
}
