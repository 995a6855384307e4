package dev.nfe.core.generate;

import java.util.Objects;
import java.util.Optional;

/**
 * An issuing company of the generator's pool: every document of one emitter shares its CNPJ, address and tax
 * regime. {@code crt} 1 is Simples Nacional (CSOSN groups), 3 the normal regime (CST groups).
 */
record Emitter(GeneratedParty party, Optional<String> xFant, Address address, String crt, Optional<String> im,
               String cnae, int nfeSerie, int nfceSerie, String cscId, String csc) {
    Emitter {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(xFant, "xFant");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(crt, "crt");
        Objects.requireNonNull(im, "im");
        Objects.requireNonNull(cnae, "cnae");
        Objects.requireNonNull(cscId, "cscId");
        Objects.requireNonNull(csc, "csc");
    }

    boolean isSimplesNacional() {
        return crt.equals("1");
    }

    Municipality municipality() {
        return address.municipality();
    }
}
