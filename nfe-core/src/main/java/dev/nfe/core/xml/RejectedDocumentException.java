package dev.nfe.core.xml;

import dev.nfe.core.spi.Finding;
import javax.xml.stream.XMLStreamException;

/**
 * Stops reading one fiscal document whose record cannot be built (a required group or the chave is missing); the
 * parser skips to the document's end and goes on with the next one. Internal to the parser.
 */
final class RejectedDocumentException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    RejectedDocumentException(Finding finding) {
        super(finding.message());
        this.finding = finding;
    }

    Finding finding() {
        return finding;
    }
}
