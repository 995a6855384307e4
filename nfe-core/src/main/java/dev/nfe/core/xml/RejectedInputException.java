package dev.nfe.core.xml;

import dev.nfe.core.spi.Finding;
import javax.xml.stream.XMLStreamException;

/**
 * Stops parsing the whole input: a forbidden DTD, a limit, a wrong root namespace. Internal to the parser, which turns
 * it into the finding it carries; it never leaves the deserializer.
 */
final class RejectedInputException extends XMLStreamException {
    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    RejectedInputException(Finding finding) {
        super(finding.message());
        this.finding = finding;
    }

    Finding finding() {
        return finding;
    }
}
