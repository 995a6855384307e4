package dev.nfe.core.silver;

import static dev.nfe.core.silver.TaxColumns.CSOSN;
import static dev.nfe.core.silver.TaxColumns.CST;
import static dev.nfe.core.silver.TaxColumns.C_BENEF_RBC;
import static dev.nfe.core.silver.TaxColumns.C_CRED_PRES;
import static dev.nfe.core.silver.TaxColumns.IND_DEDUZ_DESON;
import static dev.nfe.core.silver.TaxColumns.MOD_BC;
import static dev.nfe.core.silver.TaxColumns.MOT_DES_ICMS;
import static dev.nfe.core.silver.TaxColumns.MOT_RED_AD_REM;
import static dev.nfe.core.silver.TaxColumns.ORIG;
import static dev.nfe.core.silver.TaxColumns.P_ALIQ;
import static dev.nfe.core.silver.TaxColumns.P_BC_OP;
import static dev.nfe.core.silver.TaxColumns.P_DIF;
import static dev.nfe.core.silver.TaxColumns.P_ICMS_INTER;
import static dev.nfe.core.silver.TaxColumns.P_ICMS_INTER_PART;
import static dev.nfe.core.silver.TaxColumns.P_MVA_ST;
import static dev.nfe.core.silver.TaxColumns.P_RED_AD_REM;
import static dev.nfe.core.silver.TaxColumns.P_RED_BC;
import static dev.nfe.core.silver.TaxColumns.Q_BC_PROD;
import static dev.nfe.core.silver.TaxColumns.UF_ST;
import static dev.nfe.core.silver.TaxColumns.V_ALIQ_PROD;
import static dev.nfe.core.silver.TaxColumns.V_BC;
import static dev.nfe.core.silver.TaxColumns.V_DIF;
import static dev.nfe.core.silver.TaxColumns.V_EFET;
import static dev.nfe.core.silver.TaxColumns.V_ICMS_SUBSTITUTO;
import static dev.nfe.core.silver.TaxColumns.V_OP;
import static dev.nfe.core.silver.TaxColumns.V_TRIB;

import dev.nfe.core.model.Det;
import dev.nfe.core.model.GCred;
import dev.nfe.core.model.ICMS;
import dev.nfe.core.model.ICMSUFDest;
import dev.nfe.core.model.Imposto;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code nfe_item_tax} components of ICMS: the operation, FCP, ST, relief, single-phase and withheld parts of the
 * chosen {@code ICMSxx} group, the presumed credits of {@code prod/gCred}, and the DIFAL of {@code ICMSUFDest}.
 */
final class IcmsComponents {

    private IcmsComponents() {
    }

    /** The ICMS components, the presumed ICMS credits and the DIFAL, in row order. */
    static List<TaxComponent<?>> all() {
        List<TaxComponent<?>> all = new ArrayList<>();
        icms(all);
        all.add(TaxComponent.builder("ICMS_CRED_PRES", "prod/gCred", det -> det.prod().gCred(), credit -> "gCred")
                .req(C_CRED_PRES, "cCredPresumido", GCred::cCredPresumido)
                .req(P_ALIQ, "pCredPresumido", GCred::pCredPresumido)
                .req(V_TRIB, "vCredPresumido", GCred::vCredPresumido)
                .build());
        icmsUfDest(all);
        return List.copyOf(all);
    }

    private static void icms(List<TaxComponent<?>> all) {
        Function<Det, List<ICMS>> icms = TaxComponent.inImposto(Imposto::icms);
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
                .opt(V_TRIB, "vICMS", ICMS::vICMS)
                .opt(P_BC_OP, "pBCOp", ICMS::pBCOp)
                .opt(UF_ST, "UFST", ICMS::ufst)
                .build());
        all.add(TaxComponent.builder("FCP", path, icms, ICMS::group)
                .opt(V_BC, "vBCFCP", ICMS::vBCFCP)
                .opt(P_ALIQ, "pFCP", ICMS::pFCP)
                .opt(V_TRIB, "vFCP", ICMS::vFCP)
                .opt(P_DIF, "pFCPDif", ICMS::pFCPDif)
                .opt(V_DIF, "vFCPDif", ICMS::vFCPDif)
                .opt(V_EFET, "vFCPEfet", ICMS::vFCPEfet)
                .build());
        all.add(TaxComponent.builder("ICMS_ST", path, icms, ICMS::group)
                .opt(MOD_BC, "modBCST", ICMS::modBCST)
                .opt(P_MVA_ST, "pMVAST", ICMS::pMVAST)
                .opt(P_RED_BC, "pRedBCST", ICMS::pRedBCST)
                .opt(V_BC, "vBCST", ICMS::vBCST)
                .opt(P_ALIQ, "pICMSST", ICMS::pICMSST)
                .opt(V_TRIB, "vICMSST", ICMS::vICMSST)
                .build());
        all.add(TaxComponent.builder("FCP_ST", path, icms, ICMS::group)
                .opt(V_BC, "vBCFCPST", ICMS::vBCFCPST)
                .opt(P_ALIQ, "pFCPST", ICMS::pFCPST)
                .opt(V_TRIB, "vFCPST", ICMS::vFCPST)
                .build());
        all.add(TaxComponent.builder("ICMS_DESON", path, icms, ICMS::group)
                .opt(V_TRIB, "vICMSDeson", ICMS::vICMSDeson)
                .opt(MOT_DES_ICMS, "motDesICMS", ICMS::motDesICMS)
                .opt(IND_DEDUZ_DESON, "indDeduzDeson", ICMS::indDeduzDeson)
                .build());
        all.add(TaxComponent.builder("ICMS_ST_DESON", path, icms, ICMS::group)
                .opt(V_TRIB, "vICMSSTDeson", ICMS::vICMSSTDeson)
                .opt(MOT_DES_ICMS, "motDesICMSST", ICMS::motDesICMSST)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMono", ICMS::qBCMono)
                .opt(V_ALIQ_PROD, "adRemICMS", ICMS::adRemICMS)
                .opt(V_OP, "vICMSMonoOp", ICMS::vICMSMonoOp)
                .opt(V_TRIB, "vICMSMono", ICMS::vICMSMono)
                .opt(P_RED_AD_REM, "pRedAdRem", ICMS::pRedAdRem)
                .opt(MOT_RED_AD_REM, "motRedAdRem", ICMS::motRedAdRem)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO_DIF", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMonoDif", ICMS::qBCMonoDif)
                .opt(V_ALIQ_PROD, "adRemICMSDif", ICMS::adRemICMSDif)
                .opt(V_TRIB, "vICMSMonoDif", ICMS::vICMSMonoDif)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO_RETEN", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMonoReten", ICMS::qBCMonoReten)
                .opt(V_ALIQ_PROD, "adRemICMSReten", ICMS::adRemICMSReten)
                .opt(V_TRIB, "vICMSMonoReten", ICMS::vICMSMonoReten)
                .build());
        all.add(TaxComponent.builder("ICMS_MONO_RET", path, icms, ICMS::group)
                .opt(Q_BC_PROD, "qBCMonoRet", ICMS::qBCMonoRet)
                .opt(V_ALIQ_PROD, "adRemICMSRet", ICMS::adRemICMSRet)
                .opt(V_TRIB, "vICMSMonoRet", ICMS::vICMSMonoRet)
                .build());
        all.add(TaxComponent.builder("ICMS_ST_RET", path, icms, ICMS::group)
                .opt(V_BC, "vBCSTRet", ICMS::vBCSTRet)
                .opt(P_ALIQ, "pST", ICMS::pST)
                .opt(V_ICMS_SUBSTITUTO, "vICMSSubstituto", ICMS::vICMSSubstituto)
                .opt(V_TRIB, "vICMSSTRet", ICMS::vICMSSTRet)
                .build());
        all.add(TaxComponent.builder("FCP_ST_RET", path, icms, ICMS::group)
                .opt(V_BC, "vBCFCPSTRet", ICMS::vBCFCPSTRet)
                .opt(P_ALIQ, "pFCPSTRet", ICMS::pFCPSTRet)
                .opt(V_TRIB, "vFCPSTRet", ICMS::vFCPSTRet)
                .build());
        all.add(TaxComponent.builder("ICMS_EFET", path, icms, ICMS::group)
                .opt(P_RED_BC, "pRedBCEfet", ICMS::pRedBCEfet)
                .opt(V_BC, "vBCEfet", ICMS::vBCEfet)
                .opt(P_ALIQ, "pICMSEfet", ICMS::pICMSEfet)
                .opt(V_TRIB, "vICMSEfet", ICMS::vICMSEfet)
                .build());
        all.add(TaxComponent.builder("ICMS_ST_DEST", path, icms, ICMS::group)
                .opt(V_BC, "vBCSTDest", ICMS::vBCSTDest)
                .opt(V_TRIB, "vICMSSTDest", ICMS::vICMSSTDest)
                .build());
        all.add(TaxComponent.builder("ICMS_SN_CRED", path, icms, ICMS::group)
                .opt(P_ALIQ, "pCredSN", ICMS::pCredSN)
                .opt(V_TRIB, "vCredICMSSN", ICMS::vCredICMSSN)
                .build());
    }

    private static void icmsUfDest(List<TaxComponent<?>> all) {
        Function<Det, List<ICMSUFDest>> ufDest = TaxComponent.inImposto(Imposto::icmsufDest);
        String path = "imposto/ICMSUFDest";
        all.add(TaxComponent.builder("ICMS_UF_DEST", path, ufDest, group -> "ICMSUFDest")
                .primary()
                .req(V_BC, "vBCUFDest", ICMSUFDest::vBCUFDest)
                .req(P_ALIQ, "pICMSUFDest", ICMSUFDest::pICMSUFDest)
                .req(P_ICMS_INTER, "pICMSInter", ICMSUFDest::pICMSInter)
                .req(P_ICMS_INTER_PART, "pICMSInterPart", ICMSUFDest::pICMSInterPart)
                .req(V_TRIB, "vICMSUFDest", ICMSUFDest::vICMSUFDest)
                .build());
        all.add(TaxComponent.builder("FCP_UF_DEST", path, ufDest, group -> "ICMSUFDest")
                .opt(V_BC, "vBCFCPUFDest", ICMSUFDest::vBCFCPUFDest)
                .opt(P_ALIQ, "pFCPUFDest", ICMSUFDest::pFCPUFDest)
                .opt(V_TRIB, "vFCPUFDest", ICMSUFDest::vFCPUFDest)
                .build());
        all.add(TaxComponent.builder("ICMS_UF_REMET", path, ufDest, group -> "ICMSUFDest")
                .primary()
                .req(V_TRIB, "vICMSUFRemet", ICMSUFDest::vICMSUFRemet)
                .build());
    }
}
