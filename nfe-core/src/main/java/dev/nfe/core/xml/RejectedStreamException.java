package dev.nfe.core.xml;

import dev.nfe.core.spi.Finding;
import java.io.IOException;

/**
 * Thrown by the input streams when the raw bytes break a limit or cannot be decompressed; the XML reader wraps it,
 * and the parser unwraps it to report the finding it carries. Internal to the parser.
 */
final class RejectedStreamException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    RejectedStreamException(Finding finding) {
        super(finding.message());
        this.finding = finding;
    }

    Finding finding() {
        return finding;
    }
}
