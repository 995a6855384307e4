package dev.nfe.core.validate;

import dev.nfe.core.model.AccessKey;
import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.model.LayoutPath;
import dev.nfe.core.spi.Finding;
import java.util.List;

/** The chave of every document kind: its shape ({@code CHAVE_FORMAT}) and its mod-11 check digit. */
final class AccessKeyRule implements Rule {

    /** Enough to recognise a chave in a message without echoing an arbitrarily long value. */
    private static final int MAX_SHOWN = 60;

    @Override
    public List<Finding> check(FiscalDocument document) {
        AccessKey chave = document.chave();
        String path = LayoutPath.chave(document);
        if (!chave.isWellFormed()) {
            return List.of(Finding.error(FindingCodes.CHAVE_FORMAT, path,
                    "chave must be 44 characters, digits except [0-9A-Z] in the CNPJ base (positions 7-18); was '"
                            + shown(chave.value()) + "' (" + chave.value().length() + " characters)"));
        }
        if (!chave.hasValidCheckDigit()) {
            return List.of(Finding.error(FindingCodes.CHAVE_CHECK_DIGIT, path,
                    "chave " + chave.value() + " has check digit " + chave.cDV() + ", expected "
                            + chave.computeCheckDigit() + " (mod 11 of its first 43 characters)"));
        }
        return List.of();
    }

    private static String shown(String value) {
        return value.length() <= MAX_SHOWN ? value : value.substring(0, MAX_SHOWN) + "…";
    }
}
