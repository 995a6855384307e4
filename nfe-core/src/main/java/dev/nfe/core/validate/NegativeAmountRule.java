package dev.nfe.core.validate;

import dev.nfe.core.model.Det;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.IBSCBS;
import dev.nfe.core.model.ICMSTot;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.NfeSummary;
import dev.nfe.core.model.Prod;
import dev.nfe.core.model.Total;
import dev.nfe.core.spi.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Negative amounts and quantities, which no decimal type of the layout allows (their patterns have no sign): the
 * totals, each item's product values and tax amounts, the payments, and a summary's vNF.
 */
final class NegativeAmountRule implements Rule {

    @Override
    public List<Finding> check(FiscalDocument document) {
        List<Finding> findings = new ArrayList<>();
        if (document instanceof Nfe nfe) {
            nfe.det().forEach(det -> checkItem(findings, det));
            checkTotal(findings, nfe.total());
            for (int i = 0; i < nfe.pag().detPag().size(); i++) {
                amount(findings, LayoutPath.INF_NFE + "/pag/detPag[" + (i + 1) + "]", "/vPag",
                        nfe.pag().detPag().get(i).vPag());
            }
            amount(findings, LayoutPath.INF_NFE, "/pag/vTroco", nfe.pag().vTroco());
        } else if (document instanceof NfeSummary summary) {
            amount(findings, LayoutPath.RES_NFE, "/vNF", summary.vNF());
        }
        return List.copyOf(findings);
    }

    private static void checkItem(List<Finding> findings, Det det) {
        String item = LayoutPath.item(det.nItem());
        Prod prod = det.prod();
        amount(findings, item, "/prod/qCom", prod.qCom());
        amount(findings, item, "/prod/vUnCom", prod.vUnCom());
        amount(findings, item, "/prod/vProd", prod.vProd());
        amount(findings, item, "/prod/qTrib", prod.qTrib());
        amount(findings, item, "/prod/vUnTrib", prod.vUnTrib());
        amount(findings, item, "/prod/vFrete", prod.vFrete());
        amount(findings, item, "/prod/vSeg", prod.vSeg());
        amount(findings, item, "/prod/vDesc", prod.vDesc());
        amount(findings, item, "/prod/vOutro", prod.vOutro());
        String imposto = item + "/imposto";
        amount(findings, imposto, "/vTotTrib", det.imposto().vTotTrib());
        det.imposto().icms().ifPresent(icms -> {
            String group = imposto + "/ICMS/" + icms.group();
            amount(findings, group, "/vBC", icms.vBC());
            amount(findings, group, "/vICMS", icms.vICMS());
            amount(findings, group, "/vICMSDeson", icms.vICMSDeson());
            amount(findings, group, "/vFCP", icms.vFCP());
            amount(findings, group, "/vBCST", icms.vBCST());
            amount(findings, group, "/vICMSST", icms.vICMSST());
            amount(findings, group, "/vFCPST", icms.vFCPST());
        });
        det.imposto().ipi().ifPresent(ipi -> {
            String ipiGroup = imposto + "/IPI/" + ipi.group();
            amount(findings, ipiGroup, "/vBC", ipi.vBC());
            amount(findings, ipiGroup, "/vIPI", ipi.vIPI());
        });
        det.imposto().ii().ifPresent(ii -> {
            amount(findings, imposto, "/II/vBC", ii.vBC());
            amount(findings, imposto, "/II/vII", ii.vII());
        });
        det.imposto().pis().ifPresent(pis -> {
            String pisGroup = imposto + "/PIS/" + pis.group();
            amount(findings, pisGroup, "/vBC", pis.vBC());
            amount(findings, pisGroup, "/vPIS", pis.vPIS());
        });
        det.imposto().cofins().ifPresent(cofins -> {
            String cofinsGroup = imposto + "/COFINS/" + cofins.group();
            amount(findings, cofinsGroup, "/vBC", cofins.vBC());
            amount(findings, cofinsGroup, "/vCOFINS", cofins.vCOFINS());
        });
        det.imposto().issqn().ifPresent(issqn -> {
            amount(findings, imposto, "/ISSQN/vBC", issqn.vBC());
            amount(findings, imposto, "/ISSQN/vISSQN", issqn.vISSQN());
        });
        det.imposto().icmsufDest().ifPresent(dest -> {
            amount(findings, imposto, "/ICMSUFDest/vBCUFDest", dest.vBCUFDest());
            amount(findings, imposto, "/ICMSUFDest/vFCPUFDest", dest.vFCPUFDest());
            amount(findings, imposto, "/ICMSUFDest/vICMSUFDest", dest.vICMSUFDest());
            amount(findings, imposto, "/ICMSUFDest/vICMSUFRemet", dest.vICMSUFRemet());
        });
        det.imposto().is().ifPresent(is -> amount(findings, imposto, "/IS/vIS", is.vIS()));
        det.imposto().ibscbs().flatMap(IBSCBS::gIBSCBS).ifPresent(g -> {
            amount(findings, imposto, "/IBSCBS/gIBSCBS/vBC", g.vBC());
            amount(findings, imposto, "/IBSCBS/gIBSCBS/vIBS", g.vIBS());
            amount(findings, imposto, "/IBSCBS/gIBSCBS/gCBS/vCBS", g.gCBS().vCBS());
        });
        amount(findings, item, "/vItem", det.vItem());
    }

    private static void checkTotal(List<Finding> findings, Total total) {
        ICMSTot tot = total.icmsTot();
        String icmsTot = LayoutPath.ICMS_TOT;
        amount(findings, icmsTot, "/vBC", tot.vBC());
        amount(findings, icmsTot, "/vICMS", tot.vICMS());
        amount(findings, icmsTot, "/vICMSDeson", tot.vICMSDeson());
        amount(findings, icmsTot, "/vFCPUFDest", tot.vFCPUFDest());
        amount(findings, icmsTot, "/vICMSUFDest", tot.vICMSUFDest());
        amount(findings, icmsTot, "/vICMSUFRemet", tot.vICMSUFRemet());
        amount(findings, icmsTot, "/vFCP", tot.vFCP());
        amount(findings, icmsTot, "/vBCST", tot.vBCST());
        amount(findings, icmsTot, "/vST", tot.vST());
        amount(findings, icmsTot, "/vFCPST", tot.vFCPST());
        amount(findings, icmsTot, "/vFCPSTRet", tot.vFCPSTRet());
        amount(findings, icmsTot, "/qBCMono", tot.qBCMono());
        amount(findings, icmsTot, "/vICMSMono", tot.vICMSMono());
        amount(findings, icmsTot, "/qBCMonoReten", tot.qBCMonoReten());
        amount(findings, icmsTot, "/vICMSMonoReten", tot.vICMSMonoReten());
        amount(findings, icmsTot, "/qBCMonoRet", tot.qBCMonoRet());
        amount(findings, icmsTot, "/vICMSMonoRet", tot.vICMSMonoRet());
        amount(findings, icmsTot, "/vProd", tot.vProd());
        amount(findings, icmsTot, "/vFrete", tot.vFrete());
        amount(findings, icmsTot, "/vSeg", tot.vSeg());
        amount(findings, icmsTot, "/vDesc", tot.vDesc());
        amount(findings, icmsTot, "/vII", tot.vII());
        amount(findings, icmsTot, "/vIPI", tot.vIPI());
        amount(findings, icmsTot, "/vIPIDevol", tot.vIPIDevol());
        amount(findings, icmsTot, "/vPIS", tot.vPIS());
        amount(findings, icmsTot, "/vCOFINS", tot.vCOFINS());
        amount(findings, icmsTot, "/vOutro", tot.vOutro());
        amount(findings, icmsTot, "/vNF", tot.vNF());
        amount(findings, icmsTot, "/vTotTrib", tot.vTotTrib());
        total.issqNtot().ifPresent(issqn -> {
            amount(findings, LayoutPath.ISSQN_TOT, "/vServ", issqn.vServ());
            amount(findings, LayoutPath.ISSQN_TOT, "/vBC", issqn.vBC());
            amount(findings, LayoutPath.ISSQN_TOT, "/vISS", issqn.vISS());
            amount(findings, LayoutPath.ISSQN_TOT, "/vPIS", issqn.vPIS());
            amount(findings, LayoutPath.ISSQN_TOT, "/vCOFINS", issqn.vCOFINS());
        });
        total.isTot().ifPresent(is -> amount(findings, LayoutPath.TOTAL, "/ISTot/vIS", is.vIS()));
        total.ibscbsTot().ifPresent(ibscbs -> {
            amount(findings, LayoutPath.IBSCBS_TOT, "/vBCIBSCBS", ibscbs.vBCIBSCBS());
            ibscbs.gIBS().ifPresent(g -> amount(findings, LayoutPath.IBSCBS_TOT, "/gIBS/vIBS", g.vIBS()));
            ibscbs.gCBS().ifPresent(g -> amount(findings, LayoutPath.IBSCBS_TOT, "/gCBS/vCBS", g.vCBS()));
        });
        amount(findings, LayoutPath.TOTAL, "/vNFTot", total.vNFTot());
    }

    /** Reports {@code value} at {@code parent + tag} if negative; the path is only built for a finding. */
    private static void amount(List<Finding> findings, String parent, String tag, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            amount(findings, parent, tag, value.get());
        }
    }

    private static void amount(List<Finding> findings, String parent, String tag, BigDecimal value) {
        if (value.signum() < 0) {
            findings.add(Finding.error(FindingCodes.NEGATIVE_AMOUNT, parent + tag,
                    "expected an amount of zero or more, was " + value.toPlainString()
                            + " (no layout decimal type allows a sign)"));
        }
    }
}
