package dev.nfe.core.validate;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.model.Nfe;
import dev.nfe.core.spi.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Fields and groups every layout requires that the model can still lack: at least one item, the issuer's CNPJ or
 * CPF, an emission date (dhEmi, or dEmi up to layout 2.00); and, as a warning since only SEFAZ requires it, the QR
 * code group of an NFC-e 4.00. Checks only what
 * old layouts (1.10, 2.00) also require, so they are not flagged for fields they never had.
 */
final class RequiredFieldRule implements Rule {

    @Override
    public List<Finding> check(FiscalDocument document) {
        if (!(document instanceof Nfe nfe)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        if (nfe.det().isEmpty()) {
            findings.add(Finding.error(FindingCodes.REQUIRED_FIELD, LayoutPath.DET,
                    "the note has no item (det); the layout requires 1 to 990"));
        }
        if (nfe.emit().cnpj().isEmpty() && nfe.emit().cpf().isEmpty()) {
            findings.add(Finding.error(FindingCodes.REQUIRED_FIELD, LayoutPath.EMIT + "/CNPJ",
                    "emit has neither CNPJ nor CPF; the layout requires one of them"));
        }
        if (nfe.ide().dhEmi().isEmpty() && nfe.ide().dEmi().isEmpty()) {
            findings.add(Finding.error(FindingCodes.REQUIRED_FIELD, LayoutPath.IDE + "/dhEmi",
                    "ide has neither dhEmi nor dEmi; the layout requires the emission date"));
        }
        if (nfe.isNfce() && nfe.versao().startsWith("4.") && nfe.infNFeSupl().isEmpty()) {
            findings.add(Finding.warning(FindingCodes.NFCE_SUPL_MISSING, LayoutPath.INF_NFE_SUPL,
                    "an NFC-e (mod 65) of layout 4.00 has no infNFeSupl (qrCode); SEFAZ requires it to authorise"));
        }
        return List.copyOf(findings);
    }
}
