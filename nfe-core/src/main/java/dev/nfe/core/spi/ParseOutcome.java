package dev.nfe.core.spi;

import dev.nfe.core.model.FiscalDocument;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link Deserializer} made of one document: either a typed document to keep, or a document to quarantine.
 */
public sealed interface ParseOutcome permits ParseOutcome.Parsed, ParseOutcome.Quarantined {

    /** The findings about this document, in the order they were found. */
    List<Finding> findings();

    /**
     * A document that parsed and has no error-level finding.
     *
     * @param document the typed document
     * @param source lineage: where the raw document came from
     * @param findings warnings only
     */
    record Parsed(FiscalDocument document, String source, List<Finding> findings) implements ParseOutcome {
        public Parsed {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(source, "source");
            findings = List.copyOf(findings);
            if (findings.stream().anyMatch(Finding::isError)) {
                throw new IllegalArgumentException("Cannot create Parsed from " + source + ": it has error findings");
            }
        }
    }

    /**
     * A document that could not be parsed or failed validation.
     *
     * @param document the raw bytes to keep in quarantine (for a page of many documents, only the failing one)
     * @param findings at least one error-level finding, the reason for quarantine
     */
    record Quarantined(RawDocument document, List<Finding> findings) implements ParseOutcome {
        public Quarantined {
            Objects.requireNonNull(document, "document");
            findings = List.copyOf(findings);
            if (findings.stream().noneMatch(Finding::isError)) {
                throw new IllegalArgumentException("Cannot quarantine " + document.id() + ": no error finding given");
            }
        }
    }
}
