package dev.nfe.core.json;

import dev.nfe.core.spi.Finding;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an API envelope carries: the document XML and the metadata kept with it.
 *
 * @param xml the document's XML bytes, decoded and inflated
 * @param key the access key the envelope states
 * @param receivedAt when the envelope says the document was received
 * @param findings warnings about the metadata
 */
record EnvelopeContent(byte[] xml, Optional<EnvelopeKey> key, Optional<Instant> receivedAt, List<Finding> findings) {
    EnvelopeContent {
        Objects.requireNonNull(xml, "xml");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(receivedAt, "receivedAt");
        findings = List.copyOf(findings);
    }
}
