package dev.nfe.core.validate;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.model.ProtNFe;
import dev.nfe.core.spi.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The authorisation protocol of a note that came in an nfeProc: it must name the note's own chave (an error
 * otherwise), and its status is reported when it does not authorise the note. Denied and cancelled notes are kept
 * and flagged with a warning, since the warehouse needs them too. A note without protocol is normal.
 */
final class ProtocolRule implements Rule {

    private static final String CH_NFE = LayoutPath.INF_PROT + "/chNFe";
    private static final String C_STAT = LayoutPath.INF_PROT + "/cStat";
    /** Enough for any real cStat; a longer value is cut so a broken document cannot flood the message. */
    private static final int MAX_SHOWN = 10;

    @Override
    public List<Finding> check(FiscalDocument document) {
        if (!(document instanceof Nfe nfe) || nfe.protNFe().isEmpty()) {
            return List.of();
        }
        ProtNFe prot = nfe.protNFe().get();
        List<Finding> findings = new ArrayList<>();
        if (!prot.chNFe().equals(nfe.chave().value())) {
            findings.add(Finding.error(FindingCodes.PROTOCOL_KEY_MISMATCH, CH_NFE,
                    "protNFe/chNFe is " + prot.chNFe() + " but infNFe/@Id names chave " + nfe.chave().value()));
        }
        String cStat = shown(prot.cStat());
        if (prot.isAuthorized()) {
            return List.copyOf(findings);
        }
        if (prot.isDenied()) {
            findings.add(Finding.warning(FindingCodes.PROTOCOL_DENIED, C_STAT,
                    "protocol cStat " + cStat + " denies the use of the note (uso denegado); expected 100 or 150,"
                            + " the note is kept and flagged"));
        } else if (prot.isCancelled()) {
            findings.add(Finding.warning(FindingCodes.PROTOCOL_CANCELLED, C_STAT,
                    "protocol cStat " + cStat + " records a cancellation; expected 100 or 150, the note is kept"
                            + " and flagged"));
        } else {
            findings.add(Finding.warning(FindingCodes.PROTOCOL_NOT_AUTHORIZED, C_STAT,
                    "protocol cStat " + cStat + " does not authorise the note; expected 100 or 150"));
        }
        return List.copyOf(findings);
    }

    private static String shown(String value) {
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "…";
    }
}
