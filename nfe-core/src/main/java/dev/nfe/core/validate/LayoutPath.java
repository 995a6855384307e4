package dev.nfe.core.validate;

import dev.nfe.core.model.Event;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.NfeSummary;

/** The XPath-like locations findings point at, spelled as the layout names its tags. */
final class LayoutPath {

    static final String INF_NFE = "/NFe/infNFe";
    static final String IDE = INF_NFE + "/ide";
    static final String EMIT = INF_NFE + "/emit";
    static final String DEST = INF_NFE + "/dest";
    static final String TOTAL = INF_NFE + "/total";
    static final String ICMS_TOT = TOTAL + "/ICMSTot";
    static final String ISSQN_TOT = TOTAL + "/ISSQNtot";
    static final String IBSCBS_TOT = TOTAL + "/IBSCBSTot";
    static final String INF_PROT = "/nfeProc/protNFe/infProt";
    static final String INF_EVENTO = "/evento/infEvento";
    static final String RET_EVENTO = "/retEvento/infEvento";
    static final String RES_NFE = "/resNFe";
    static final String RES_EVENTO = "/resEvento";

    private LayoutPath() {
    }

    /** Where {@code document} gives its chave. */
    static String chave(FiscalDocument document) {
        if (document instanceof Nfe) {
            return INF_NFE + "/@Id";
        }
        if (document instanceof Event) {
            return INF_EVENTO + "/chNFe";
        }
        if (document instanceof NfeSummary) {
            return RES_NFE + "/chNFe";
        }
        return RES_EVENTO + "/chNFe";
    }

    /** The item with number {@code nItem}: {@code /NFe/infNFe/det[@nItem='3']}. */
    static String item(int nItem) {
        return INF_NFE + "/det[@nItem='" + nItem + "']";
    }
}
