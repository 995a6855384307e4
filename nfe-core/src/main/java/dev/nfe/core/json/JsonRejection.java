package dev.nfe.core.json;

import dev.nfe.core.spi.Finding;
import java.util.Objects;

/**
 * Why a JSON document cannot be converted. Checked and package-private: it never leaves the package, where
 * {@link NfeJsonDeserializer} turns it into a quarantined outcome.
 */
final class JsonRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient Finding finding;

    JsonRejection(Finding finding) {
        super(finding.code() + " " + finding.path() + ": " + finding.message(), null, false, false);
        this.finding = Objects.requireNonNull(finding, "finding");
    }

    Finding finding() {
        return finding;
    }
}
