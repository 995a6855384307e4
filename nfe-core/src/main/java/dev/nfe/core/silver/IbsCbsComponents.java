package dev.nfe.core.silver;

import static dev.nfe.core.silver.TaxColumns.COMPET_APUR;
import static dev.nfe.core.silver.TaxColumns.CST;
import static dev.nfe.core.silver.TaxColumns.C_CLASS_TRIB;
import static dev.nfe.core.silver.TaxColumns.C_CRED_PRES;
import static dev.nfe.core.silver.TaxColumns.IND_DOACAO;
import static dev.nfe.core.silver.TaxColumns.N_PROC_SUFRAMA;
import static dev.nfe.core.silver.TaxColumns.P_ALIQ;
import static dev.nfe.core.silver.TaxColumns.P_ALIQ_EFET;
import static dev.nfe.core.silver.TaxColumns.P_DEV_TRIB;
import static dev.nfe.core.silver.TaxColumns.P_DIF;
import static dev.nfe.core.silver.TaxColumns.P_RED_ALIQ;
import static dev.nfe.core.silver.TaxColumns.Q_BC_PROD;
import static dev.nfe.core.silver.TaxColumns.TP_ALC_ZFM_CBS;
import static dev.nfe.core.silver.TaxColumns.TP_CRED_PRES_IBS_ZFM;
import static dev.nfe.core.silver.TaxColumns.V_ALIQ_PROD;
import static dev.nfe.core.silver.TaxColumns.V_BC;
import static dev.nfe.core.silver.TaxColumns.V_CRED_PRES_COND_SUS;
import static dev.nfe.core.silver.TaxColumns.V_DEV_TRIB;
import static dev.nfe.core.silver.TaxColumns.V_DIF;
import static dev.nfe.core.silver.TaxColumns.V_TRIB;

import dev.nfe.core.model.Det;
import dev.nfe.core.model.GAjusteCompet;
import dev.nfe.core.model.GCBS;
import dev.nfe.core.model.GCredPres;
import dev.nfe.core.model.GCredPresOper;
import dev.nfe.core.model.GDevTrib;
import dev.nfe.core.model.GDif;
import dev.nfe.core.model.GEstornoCred;
import dev.nfe.core.model.GIBSCBS;
import dev.nfe.core.model.GIBSCBSMono;
import dev.nfe.core.model.GMonoDif;
import dev.nfe.core.model.GMonoPadrao;
import dev.nfe.core.model.GMonoRet;
import dev.nfe.core.model.GMonoReten;
import dev.nfe.core.model.GRed;
import dev.nfe.core.model.GTransfCred;
import dev.nfe.core.model.GTribCompraGov;
import dev.nfe.core.model.GTribRegular;
import dev.nfe.core.model.IBSCBS;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The {@code nfe_item_tax} components of the 2026 reform's {@code IBSCBS} group: state and municipal IBS and CBS with
 * their deferral, return and reduction, the regular and government-purchase taxation, single-phase fuel taxation,
 * credit transfers, adjustments, reversals and presumed credits. Every row carries the group's CST and cClassTrib.
 */
final class IbsCbsComponents {

    /** An IBS/CBS subgroup together with the {@code IBSCBS} group whose CST and cClassTrib it shares. */
    private record InIbsCbs<G>(IBSCBS ibscbs, G group) {
    }

    private IbsCbsComponents() {
    }

    /** The IBS and CBS components, in row order. */
    static List<TaxComponent<?>> all() {
        List<TaxComponent<?>> all = new ArrayList<>();
        ibsCbs(all);
        ibsCbsMono(all);
        ibsCbsCredits(all);
        return List.copyOf(all);
    }

    private static void ibsCbs(List<TaxComponent<?>> all) {
        Function<Det, List<InIbsCbs<GIBSCBS>>> gIBSCBS = ibsCbs(IBSCBS::gIBSCBS);
        all.add(codes(TaxComponent.builder("IBS_UF", "imposto/IBSCBS", gIBSCBS, in -> "gIBSUF"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(P_ALIQ, "gIBSCBS/gIBSUF/pIBSUF", in -> in.group().gIBSUF().pIBSUF())
                .opt(P_DIF, "gIBSCBS/gIBSUF/gDif/pDif", in -> in.group().gIBSUF().gDif().map(GDif::pDif))
                .opt(V_DIF, "gIBSCBS/gIBSUF/gDif/vDif", in -> in.group().gIBSUF().gDif().map(GDif::vDif))
                .opt(P_DEV_TRIB, "gIBSCBS/gIBSUF/gDevTrib/pDevTrib",
                        in -> in.group().gIBSUF().gDevTrib().flatMap(GDevTrib::pDevTrib))
                .opt(V_DEV_TRIB, "gIBSCBS/gIBSUF/gDevTrib/vDevTrib",
                        in -> in.group().gIBSUF().gDevTrib().map(GDevTrib::vDevTrib))
                .opt(P_RED_ALIQ, "gIBSCBS/gIBSUF/gRed/pRedAliq", in -> in.group().gIBSUF().gRed().map(GRed::pRedAliq))
                .opt(P_ALIQ_EFET, "gIBSCBS/gIBSUF/gRed/pAliqEfet", in -> in.group().gIBSUF().gRed().map(GRed::pAliqEfet))
                .req(V_TRIB, "gIBSCBS/gIBSUF/vIBSUF", in -> in.group().gIBSUF().vIBSUF())
                .build());
        all.add(codes(TaxComponent.builder("IBS_MUN", "imposto/IBSCBS", gIBSCBS, in -> "gIBSMun"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(P_ALIQ, "gIBSCBS/gIBSMun/pIBSMun", in -> in.group().gIBSMun().pIBSMun())
                .opt(P_DIF, "gIBSCBS/gIBSMun/gDif/pDif", in -> in.group().gIBSMun().gDif().map(GDif::pDif))
                .opt(V_DIF, "gIBSCBS/gIBSMun/gDif/vDif", in -> in.group().gIBSMun().gDif().map(GDif::vDif))
                .opt(P_DEV_TRIB, "gIBSCBS/gIBSMun/gDevTrib/pDevTrib",
                        in -> in.group().gIBSMun().gDevTrib().flatMap(GDevTrib::pDevTrib))
                .opt(V_DEV_TRIB, "gIBSCBS/gIBSMun/gDevTrib/vDevTrib",
                        in -> in.group().gIBSMun().gDevTrib().map(GDevTrib::vDevTrib))
                .opt(P_RED_ALIQ, "gIBSCBS/gIBSMun/gRed/pRedAliq", in -> in.group().gIBSMun().gRed().map(GRed::pRedAliq))
                .opt(P_ALIQ_EFET, "gIBSCBS/gIBSMun/gRed/pAliqEfet", in -> in.group().gIBSMun().gRed().map(GRed::pAliqEfet))
                .req(V_TRIB, "gIBSCBS/gIBSMun/vIBSMun", in -> in.group().gIBSMun().vIBSMun())
                .build());
        all.add(codes(TaxComponent.builder("IBS_TOT", "imposto/IBSCBS", gIBSCBS, in -> "gIBSCBS"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(V_TRIB, "gIBSCBS/vIBS", in -> in.group().vIBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS", "imposto/IBSCBS", gIBSCBS, in -> "gCBS"))
                .primary()
                .req(V_BC, "gIBSCBS/vBC", in -> in.group().vBC())
                .req(P_ALIQ, "gIBSCBS/gCBS/pCBS", in -> in.group().gCBS().pCBS())
                .opt(P_DIF, "gIBSCBS/gCBS/gDif/pDif", in -> in.group().gCBS().gDif().map(GDif::pDif))
                .opt(V_DIF, "gIBSCBS/gCBS/gDif/vDif", in -> in.group().gCBS().gDif().map(GDif::vDif))
                .opt(P_DEV_TRIB, "gIBSCBS/gCBS/gDevTrib/pDevTrib",
                        in -> in.group().gCBS().gDevTrib().flatMap(GDevTrib::pDevTrib))
                .opt(V_DEV_TRIB, "gIBSCBS/gCBS/gDevTrib/vDevTrib",
                        in -> in.group().gCBS().gDevTrib().map(GDevTrib::vDevTrib))
                .opt(P_RED_ALIQ, "gIBSCBS/gCBS/gRed/pRedAliq", in -> in.group().gCBS().gRed().map(GRed::pRedAliq))
                .opt(P_ALIQ_EFET, "gIBSCBS/gCBS/gRed/pAliqEfet", in -> in.group().gCBS().gRed().map(GRed::pAliqEfet))
                .req(V_TRIB, "gIBSCBS/gCBS/vCBS", in -> in.group().gCBS().vCBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS_ALCZFM", "imposto/IBSCBS",
                        ibsCbs(x -> x.gIBSCBS().map(GIBSCBS::gCBS).flatMap(GCBS::gALCZFMCBS)), in -> "gALCZFMCBS"))
                .primary()
                .req(TP_ALC_ZFM_CBS, "gIBSCBS/gCBS/gALCZFMCBS/tpALCZFMCBS", in -> in.group().tpALCZFMCBS())
                .opt(N_PROC_SUFRAMA, "gIBSCBS/gCBS/gALCZFMCBS/nProcSuframa", in -> in.group().nProcSuframa())
                .req(P_ALIQ, "gIBSCBS/gCBS/gALCZFMCBS/pAliqEfetRegCBS", in -> in.group().pAliqEfetRegCBS())
                .req(V_TRIB, "gIBSCBS/gCBS/gALCZFMCBS/vTribRegCBS", in -> in.group().vTribRegCBS())
                .build());
        Function<Det, List<InIbsCbs<GTribRegular>>> regular = ibsCbs(x -> x.gIBSCBS().flatMap(GIBSCBS::gTribRegular));
        String reg = "gIBSCBS/gTribRegular/";
        all.add(regularCodes(TaxComponent.builder("IBS_UF_REG", "imposto/IBSCBS", regular, in -> "gTribRegular"))
                .req(P_ALIQ, reg + "pAliqEfetRegIBSUF", in -> in.group().pAliqEfetRegIBSUF())
                .req(V_TRIB, reg + "vTribRegIBSUF", in -> in.group().vTribRegIBSUF())
                .build());
        all.add(regularCodes(TaxComponent.builder("IBS_MUN_REG", "imposto/IBSCBS", regular, in -> "gTribRegular"))
                .req(P_ALIQ, reg + "pAliqEfetRegIBSMun", in -> in.group().pAliqEfetRegIBSMun())
                .req(V_TRIB, reg + "vTribRegIBSMun", in -> in.group().vTribRegIBSMun())
                .build());
        all.add(regularCodes(TaxComponent.builder("CBS_REG", "imposto/IBSCBS", regular, in -> "gTribRegular"))
                .req(P_ALIQ, reg + "pAliqEfetRegCBS", in -> in.group().pAliqEfetRegCBS())
                .req(V_TRIB, reg + "vTribRegCBS", in -> in.group().vTribRegCBS())
                .build());
        Function<Det, List<InIbsCbs<GTribCompraGov>>> gov = ibsCbs(x -> x.gIBSCBS().flatMap(GIBSCBS::gTribCompraGov));
        String compraGov = "gIBSCBS/gTribCompraGov/";
        all.add(codes(TaxComponent.builder("IBS_UF_COMPRA_GOV", "imposto/IBSCBS", gov, in -> "gTribCompraGov"))
                .req(P_ALIQ, compraGov + "pAliqIBSUF", in -> in.group().pAliqIBSUF())
                .req(V_TRIB, compraGov + "vTribIBSUF", in -> in.group().vTribIBSUF())
                .build());
        all.add(codes(TaxComponent.builder("IBS_MUN_COMPRA_GOV", "imposto/IBSCBS", gov, in -> "gTribCompraGov"))
                .req(P_ALIQ, compraGov + "pAliqIBSMun", in -> in.group().pAliqIBSMun())
                .req(V_TRIB, compraGov + "vTribIBSMun", in -> in.group().vTribIBSMun())
                .build());
        all.add(codes(TaxComponent.builder("CBS_COMPRA_GOV", "imposto/IBSCBS", gov, in -> "gTribCompraGov"))
                .req(P_ALIQ, compraGov + "pAliqCBS", in -> in.group().pAliqCBS())
                .req(V_TRIB, compraGov + "vTribCBS", in -> in.group().vTribCBS())
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
                .opt(V_TRIB, padrao + "vIBSMono", in -> in.group().gMonoPadrao().map(GMonoPadrao::vIBSMono))
                .opt(P_DIF, dif + "pDifIBS", in -> in.group().gMonoDif().map(GMonoDif::pDifIBS))
                .opt(V_DIF, dif + "vIBSMonoDif", in -> in.group().gMonoDif().map(GMonoDif::vIBSMonoDif))
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO", path, mono, in -> "gMonoPadrao"))
                .opt(Q_BC_PROD, padrao + "qBCMono", in -> in.group().gMonoPadrao().map(GMonoPadrao::qBCMono))
                .opt(V_ALIQ_PROD, padrao + "adRemCBS", in -> in.group().gMonoPadrao().map(GMonoPadrao::adRemCBS))
                .opt(V_TRIB, padrao + "vCBSMono", in -> in.group().gMonoPadrao().map(GMonoPadrao::vCBSMono))
                .opt(P_DIF, dif + "pDifCBS", in -> in.group().gMonoDif().map(GMonoDif::pDifCBS))
                .opt(V_DIF, dif + "vCBSMonoDif", in -> in.group().gMonoDif().map(GMonoDif::vCBSMonoDif))
                .build());
        String reten = "gIBSCBSMono/gMonoReten/";
        all.add(codes(TaxComponent.builder("IBS_MONO_RETEN", path, mono, in -> "gMonoReten"))
                .opt(Q_BC_PROD, reten + "qBCMonoReten", in -> in.group().gMonoReten().map(GMonoReten::qBCMonoReten))
                .opt(V_ALIQ_PROD, reten + "adRemIBSReten", in -> in.group().gMonoReten().map(GMonoReten::adRemIBSReten))
                .opt(V_TRIB, reten + "vIBSMonoReten", in -> in.group().gMonoReten().map(GMonoReten::vIBSMonoReten))
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO_RETEN", path, mono, in -> "gMonoReten"))
                .opt(Q_BC_PROD, reten + "qBCMonoReten", in -> in.group().gMonoReten().map(GMonoReten::qBCMonoReten))
                .opt(V_ALIQ_PROD, reten + "adRemCBSReten", in -> in.group().gMonoReten().map(GMonoReten::adRemCBSReten))
                .opt(V_TRIB, reten + "vCBSMonoReten", in -> in.group().gMonoReten().map(GMonoReten::vCBSMonoReten))
                .build());
        String ret = "gIBSCBSMono/gMonoRet/";
        all.add(codes(TaxComponent.builder("IBS_MONO_RET", path, mono, in -> "gMonoRet"))
                .opt(Q_BC_PROD, ret + "qBCMonoRet", in -> in.group().gMonoRet().map(GMonoRet::qBCMonoRet))
                .opt(V_ALIQ_PROD, ret + "adRemIBSRet", in -> in.group().gMonoRet().map(GMonoRet::adRemIBSRet))
                .opt(V_TRIB, ret + "vIBSMonoRet", in -> in.group().gMonoRet().map(GMonoRet::vIBSMonoRet))
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO_RET", path, mono, in -> "gMonoRet"))
                .opt(Q_BC_PROD, ret + "qBCMonoRet", in -> in.group().gMonoRet().map(GMonoRet::qBCMonoRet))
                .opt(V_ALIQ_PROD, ret + "adRemCBSRet", in -> in.group().gMonoRet().map(GMonoRet::adRemCBSRet))
                .opt(V_TRIB, ret + "vCBSMonoRet", in -> in.group().gMonoRet().map(GMonoRet::vCBSMonoRet))
                .build());
        all.add(codes(TaxComponent.builder("IBS_MONO_TOT", path, mono, in -> "gIBSCBSMono"))
                .primary()
                .req(V_TRIB, "gIBSCBSMono/vTotIBSMonoItem", in -> in.group().vTotIBSMonoItem())
                .build());
        all.add(codes(TaxComponent.builder("CBS_MONO_TOT", path, mono, in -> "gIBSCBSMono"))
                .primary()
                .req(V_TRIB, "gIBSCBSMono/vTotCBSMonoItem", in -> in.group().vTotCBSMonoItem())
                .build());
    }

    private static void ibsCbsCredits(List<TaxComponent<?>> all) {
        String path = "imposto/IBSCBS";
        Function<Det, List<InIbsCbs<GTransfCred>>> transf = ibsCbs(IBSCBS::gTransfCred);
        all.add(codes(TaxComponent.builder("IBS_TRANSF_CRED", path, transf, in -> "gTransfCred"))
                .primary()
                .req(V_TRIB, "gTransfCred/vIBS", in -> in.group().vIBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS_TRANSF_CRED", path, transf, in -> "gTransfCred"))
                .primary()
                .req(V_TRIB, "gTransfCred/vCBS", in -> in.group().vCBS())
                .build());
        Function<Det, List<InIbsCbs<GAjusteCompet>>> ajuste = ibsCbs(IBSCBS::gAjusteCompet);
        all.add(codes(TaxComponent.builder("IBS_AJUSTE_COMPET", path, ajuste, in -> "gAjusteCompet"))
                .primary()
                .req(COMPET_APUR, "gAjusteCompet/competApur", in -> in.group().competApur())
                .req(V_TRIB, "gAjusteCompet/vIBS", in -> in.group().vIBS())
                .build());
        all.add(codes(TaxComponent.builder("CBS_AJUSTE_COMPET", path, ajuste, in -> "gAjusteCompet"))
                .primary()
                .req(COMPET_APUR, "gAjusteCompet/competApur", in -> in.group().competApur())
                .req(V_TRIB, "gAjusteCompet/vCBS", in -> in.group().vCBS())
                .build());
        Function<Det, List<InIbsCbs<GEstornoCred>>> estorno = ibsCbs(IBSCBS::gEstornoCred);
        all.add(codes(TaxComponent.builder("IBS_ESTORNO_CRED", path, estorno, in -> "gEstornoCred"))
                .primary()
                .req(V_TRIB, "gEstornoCred/vIBSEstCred", in -> in.group().vIBSEstCred())
                .build());
        all.add(codes(TaxComponent.builder("CBS_ESTORNO_CRED", path, estorno, in -> "gEstornoCred"))
                .primary()
                .req(V_TRIB, "gEstornoCred/vCBSEstCred", in -> in.group().vCBSEstCred())
                .build());
        all.add(credPres("IBS_CRED_PRES", "gIBSCredPres", GCredPresOper::gIBSCredPres));
        all.add(credPres("CBS_CRED_PRES", "gCBSCredPres", GCredPresOper::gCBSCredPres));
        all.add(codes(TaxComponent.builder("IBS_CRED_PRES_ZFM", path, ibsCbs(IBSCBS::gCredPresIBSZFM),
                        in -> "gCredPresIBSZFM"))
                .primary()
                .req(COMPET_APUR, "gCredPresIBSZFM/competApur", in -> in.group().competApur())
                .req(TP_CRED_PRES_IBS_ZFM, "gCredPresIBSZFM/tpCredPresIBSZFM", in -> in.group().tpCredPresIBSZFM())
                .req(V_TRIB, "gCredPresIBSZFM/vCredPresIBSZFM", in -> in.group().vCredPresIBSZFM())
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
                .opt(V_TRIB, group + "vCredPres", in -> credit.apply(in.group()).flatMap(GCredPres::vCredPres))
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

    private static <G> Function<Det, List<InIbsCbs<G>>> ibsCbs(Function<IBSCBS, Optional<G>> group) {
        return TaxComponent.inImposto(imposto -> imposto.ibscbs()
                .flatMap(ibscbs -> group.apply(ibscbs).map(g -> new InIbsCbs<>(ibscbs, g))));
    }
}
