package dev.nfe.core.spi;

import java.util.Objects;

/**
 * One problem found in a document while parsing or validating it.
 *
 * @param code a stable, upper-case code callers can branch on ({@code CHAVE_CHECK_DIGIT}, {@code XML_DTD_FORBIDDEN})
 * @param severity whether the document is quarantined ({@link Severity#ERROR}) or kept ({@link Severity#WARNING})
 * @param path where in the layout, as an XPath-like path ({@code /NFe/infNFe/total/ICMSTot/vNF}); empty for the
 *     whole document
 * @param message what is wrong, with the expected and actual values; never a secret, never a whole document body
 */
public record Finding(String code, Severity severity, String path, String message) {
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** An error-level finding. */
    public static Finding error(String code, String path, String message) {
        return new Finding(code, Severity.ERROR, path, message);
    }

    /** A warning-level finding. */
    public static Finding warning(String code, String path, String message) {
        return new Finding(code, Severity.WARNING, path, message);
    }

    /** Whether this finding sends its document to quarantine. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
