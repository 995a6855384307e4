package dev.nfe.core.json;

import dev.nfe.core.spi.Finding;
import dev.nfe.core.spi.RawDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one JSON document became: XML for the XML deserializer, or a reason to quarantine it. */
sealed interface Conversion permits Conversion.Converted, Conversion.Rejected {

    /**
     * The document as XML, with what the JSON said about it.
     *
     * @param xml the XML document to parse; its id is the envelope's access key when there is one
     * @param envelopeKey the access key an envelope states, to compare with the one the XML holds
     * @param findings warnings found while converting, to add to every outcome of the XML
     */
    record Converted(RawDocument xml, Optional<EnvelopeKey> envelopeKey, List<Finding> findings)
            implements Conversion {
        public Converted {
            Objects.requireNonNull(xml, "xml");
            Objects.requireNonNull(envelopeKey, "envelopeKey");
            findings = List.copyOf(findings);
        }
    }

    /**
     * The document cannot become XML.
     *
     * @param finding the error
     */
    record Rejected(Finding finding) implements Conversion {
        public Rejected {
            Objects.requireNonNull(finding, "finding");
        }
    }
}
