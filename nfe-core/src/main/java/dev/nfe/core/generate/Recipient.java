package dev.nfe.core.generate;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code dest} of a document. {@code indIEDest} is 1 for ICMS contributors (with IE), 2 for exempt
 * contributors, 9 for non-contributors (consumers).
 */
record Recipient(GeneratedParty party, Optional<Address> address, String indIEDest, Optional<String> email) {
    Recipient {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(indIEDest, "indIEDest");
        Objects.requireNonNull(email, "email");
    }

    boolean isContributor() {
        return indIEDest.equals("1");
    }
}
