package dev.nfe.core.xml;

import dev.nfe.core.model.FiscalDocument;
import dev.nfe.core.spi.Finding;
import java.util.List;
import java.util.Objects;

/** What the parser made of one fiscal document of an input: the document with its findings, or only findings. */
sealed interface XmlResult permits XmlResult.XmlDocument, XmlResult.XmlFailure {

    /** The findings of the parse, in the order found. */
    List<Finding> findings();

    /**
     * A document the parser could build; its findings may still hold errors (a date without offset, a bad number),
     * and then the values concerned are placeholders and the document must be quarantined.
     *
     * @param document the typed document
     * @param findings the parse findings
     */
    record XmlDocument(FiscalDocument document, List<Finding> findings) implements XmlResult {
        public XmlDocument {
            Objects.requireNonNull(document, "document");
            findings = List.copyOf(findings);
        }
    }

    /**
     * A document, or a whole input, the parser could not build.
     *
     * @param findings at least one error explaining why
     */
    record XmlFailure(List<Finding> findings) implements XmlResult {
        public XmlFailure {
            findings = List.copyOf(findings);
            if (findings.stream().noneMatch(Finding::isError)) {
                throw new IllegalArgumentException("Cannot create XmlFailure: no error finding given");
            }
        }
    }
}
